package org.asskomm.platform.rest.openapi;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.Money;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.Returns;

/**
 * One OpenAPI operation per resource method: the id and summary of {@link Doc} (unique ids: a repeated one is
 * suffixed {@code _2}, which the OpenAPI itest fails on), the module as tag, typed parameters
 * ({@link ParamType}), and the responses that can really occur:
 * <ul>
 * <li>success: {@link Doc#status()}, else 204 for {@code void}, else 200;</li>
 * <li>400 when the operation takes a body or parameters; 404 when its path names a record;</li>
 * <li>409 for a PUT or POST on a record (updates and transitions carry the version they saw);</li>
 * <li>401 and 403 unless {@link Anonymous}.</li>
 * </ul>
 */
final class Operations {

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "BadRequest", "401", "Unauthorized", "403", "Forbidden", "404", "NotFound", "409", "Conflict");

    private final SchemaBuilder schemas;
    private final Set<String> ids = new HashSet<>();

    Operations(SchemaBuilder schemas) {
        this.schemas = schemas;
    }

    static String tag(String module) {
        return module.isEmpty() ? "platform" : module;
    }

    /** The shared {@code components/responses}: every problem is a {@code Problem}. */
    static Map<String, Object> problemResponses() {
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, String> descriptions = Map.of("BadRequest", "Invalid input: errors names each invalid field",
                "Unauthorized", "Authentication required", "Forbidden", "Not allowed for this user or municipality",
                "NotFound", "No such record (or not visible to this user)",
                "Conflict", "The record changed meanwhile (stale version) or the transition is not allowed now");
        for (String name : List.of("BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict")) {
            responses.put(name, Map.of("description", descriptions.get(name), "content", Map.of(
                    "application/problem+json", Map.of("schema", Map.of("$ref", SchemaBuilder.REF + "Problem")))));
        }
        return responses;
    }

    Map<String, Object> operation(String module, Class<?> resource, Method method, String httpMethod, String path) {
        Doc doc = method.getAnnotation(Doc.class);
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", uniqueId(doc == null || doc.id().isEmpty() ? method.getName() : doc.id()));
        op.put("summary", doc == null ? method.getName() : doc.value());
        op.put("tags", List.of(tag(module)));
        boolean anonymous = method.isAnnotationPresent(Anonymous.class) || resource.isAnnotationPresent(Anonymous.class);
        if (anonymous) {
            op.put("security", List.of());
        }
        List<Object> parameters = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            PathParam pathParam = p.getAnnotation(PathParam.class);
            QueryParam queryParam = p.getAnnotation(QueryParam.class);
            if (pathParam != null) {
                parameters.add(Map.of("name", pathParam.value(), "in", "path", "required", true,
                        "schema", parameterSchema(pathParam.value(), p)));
            } else if (queryParam != null) {
                parameters.add(Map.of("name", queryParam.value(), "in", "query", "required", false,
                        "schema", parameterSchema(queryParam.value(), p)));
            } else if (!hasJaxrsParam(p)) {
                op.put("requestBody", requestBody(resource, method, p));
            }
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        success(responses, resource, method, doc);
        boolean onRecord = path.contains("{");
        if (op.containsKey("requestBody") || !parameters.isEmpty()) {
            responses.put("400", problem("400"));
        }
        if (!anonymous) {
            responses.put("401", problem("401"));
            responses.put("403", problem("403"));
        }
        if (onRecord) {
            responses.put("404", problem("404"));
        }
        if (onRecord && (httpMethod.equals("put") || httpMethod.equals("post"))) {
            responses.put("409", problem("409"));
        }
        op.put("responses", responses);
        return op;
    }

    private String uniqueId(String wanted) {
        String id = wanted;
        for (int n = 2; !ids.add(id); n++) {
            id = wanted + "_" + n;
        }
        return id;
    }

    private static Map<String, Object> problem(String status) {
        return Map.of("$ref", "#/components/responses/" + PROBLEMS.get(status));
    }

    private void success(Map<String, Object> responses, Class<?> resource, Method method, Doc doc) {
        Type returnType = declaredReturnType(method);
        int status = doc != null && doc.status() > 0 ? doc.status() : returnType == void.class ? 204 : 200;
        String description = switch (status) {
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "Done";
            default -> "OK";
        };
        if (returnType == void.class || returnType == Response.class || status == 204) {
            String produced = produces(resource, method);
            responses.put(String.valueOf(status), returnType == Response.class && status == 200
                    && !produced.contains("json")
                    ? Map.of("description", description, "content", Map.of(produced,
                            Map.of("schema", Map.of("type", "string", "format", "binary"))))
                    : Map.of("description", description));
            return;
        }
        Map<String, Object> schema = method.isAnnotationPresent(Money.class) ? SchemaBuilder.money()
                : schemas.schema(returnType, Map.of());
        responses.put(String.valueOf(status), Map.of("description", description, "content",
                Map.of(produces(resource, method), Map.of("schema", schema))));
    }

    /** The body type: the method's return type, or what {@link Returns} declares for a {@code Response}. */
    private static Type declaredReturnType(Method method) {
        Returns returns = method.getAnnotation(Returns.class);
        if (returns == null) {
            return method.getGenericReturnType();
        }
        if (!returns.page()) {
            return returns.value();
        }
        return new ParameterizedType() {
            public Type[] getActualTypeArguments() {
                return new Type[] {returns.value()};
            }

            public Type getRawType() {
                return Page.class;
            }

            public Type getOwnerType() {
                return null;
            }
        };
    }

    private Map<String, Object> parameterSchema(String name, Parameter p) {
        ParamType declared = p.getAnnotation(ParamType.class);
        if (declared != null) {
            return schemas.schema(declared.value(), Map.of());
        }
        if (p.getType() == String.class && (name.equals("offset") || name.equals("limit"))) {
            // QueryParams.page: offset from 0, limit 1 to the platform's maximum
            return Map.of("type", "integer", "format", "int32", "minimum", name.equals("offset") ? 0 : 1);
        }
        return schemas.schema(p.getParameterizedType(), Map.of());
    }

    private static boolean hasJaxrsParam(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            if (a.annotationType().getPackageName().startsWith("javax.ws.rs")) {
                return true;
            }
        }
        return false;
    }

    private Map<String, Object> requestBody(Class<?> resource, Method method, Parameter p) {
        Consumes consumes = Optional.ofNullable(method.getAnnotation(Consumes.class))
                .orElse(resource.getAnnotation(Consumes.class));
        Map<String, Object> content = new LinkedHashMap<>();
        Map<String, Object> schema = InputStream.class.isAssignableFrom(p.getType()) || p.getType() == byte[].class
                ? Map.of("type", "string", "format", "binary")
                : schemas.schema(p.getParameterizedType(), Map.of());
        for (String mediaType : consumes == null ? new String[] {MediaType.APPLICATION_JSON} : consumes.value()) {
            content.put(mediaType, Map.of("schema", schema));
        }
        return Map.of("required", true, "content", content);
    }

    private static String produces(Class<?> resource, Method method) {
        Produces produces = Optional.ofNullable(method.getAnnotation(Produces.class))
                .orElse(resource.getAnnotation(Produces.class));
        return produces == null ? MediaType.APPLICATION_JSON : produces.value()[0];
    }
}
