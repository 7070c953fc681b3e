package org.asskomm.platform.rest.openapi;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.api.rest.Returns;

/**
 * Builds an OpenAPI 3 document by reflection over the live JAX-RS resources, so the document always
 * shows exactly the installed modules. Records become schemas (their components are the JSON fields).
 */
public final class OpenApiGenerator {

    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete",
            PATCH.class, "patch", HEAD.class, "head");

    private final Map<String, Object> schemas = new TreeMap<>();

    /**
     * @param resourceClasses the classes of the resources currently served, by the base of their application below
     *                        {@code /api/v1} ({@code ""} for the platform's, {@code "/agreements"} for a module's)
     */
    public Map<String, Object> document(String version, Map<String, ? extends Collection<Class<?>>> resourceClasses) {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        for (Map.Entry<String, ? extends Collection<Class<?>>> application : new TreeMap<>(resourceClasses).entrySet()) {
            Map<String, Map<String, Object>> own = new TreeMap<>();
            try {
                addPaths(own, application.getKey(), application.getValue());
                paths.putAll(own);
            } catch (LinkageError | TypeNotPresentException e) {
                // the module is being uninstalled while the document is built: its classes are gone, so is the module
            }
        }
        schemas.put("Problem", problemSchema());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "ASSKomm platform API", "version", version,
                "description", "REST API of the installed ASSKomm modules. Errors are application/problem+json (RFC 9457)."));
        doc.put("servers", List.of(Map.of("url", "/api/v1")));
        doc.put("security", List.of(Map.of("basicAuth", List.of())));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas,
                "securitySchemes", Map.of("basicAuth", Map.of("type", "http", "scheme", "basic"))));
        return doc;
    }

    private void addPaths(Map<String, Map<String, Object>> paths, String base, Collection<Class<?>> resourceClasses) {
        List<Class<?>> sorted = new ArrayList<>(resourceClasses);
        sorted.sort(Comparator.comparing(Class::getName));
        for (Class<?> resource : sorted) {
            Path classPath = resource.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            Method[] methods = resource.getMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
            for (Method method : methods) {
                String httpMethod = httpMethod(method);
                if (httpMethod == null) {
                    continue;
                }
                String path = join(base, classPath.value(), method.getAnnotation(Path.class));
                paths.computeIfAbsent(path, p -> new TreeMap<>()).put(httpMethod, operation(resource, method, path));
            }
        }
    }

    private Map<String, Object> operation(Class<?> resource, Method method, String path) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", resource.getSimpleName() + "." + method.getName());
        op.put("tags", List.of(path.split("/")[1]));
        if (method.isAnnotationPresent(Anonymous.class) || resource.isAnnotationPresent(Anonymous.class)) {
            op.put("security", List.of());
        }
        List<Object> parameters = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            PathParam pathParam = p.getAnnotation(PathParam.class);
            QueryParam queryParam = p.getAnnotation(QueryParam.class);
            if (pathParam != null) {
                parameters.add(Map.of("name", pathParam.value(), "in", "path", "required", true,
                        "schema", schema(p.getParameterizedType(), Map.of())));
            } else if (queryParam != null) {
                parameters.add(Map.of("name", queryParam.value(), "in", "query", "required", false,
                        "schema", Map.of("type", "string")));
            } else if (!hasJaxrsParam(p)) {
                op.put("requestBody", requestBody(resource, method, p));
            }
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Type returnType = declaredReturnType(method);
        if (returnType == void.class) {
            responses.put("204", Map.of("description", "Done"));
        } else if (returnType == Response.class) {
            responses.put("200", Map.of("description", "OK"));
        } else {
            responses.put("200", Map.of("description", "OK", "content",
                    Map.of(produces(resource, method), Map.of("schema", schema(returnType, Map.of())))));
        }
        Map<String, Object> problem = Map.of("application/problem+json",
                Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));
        responses.put("400", Map.of("description", "Invalid input", "content", problem));
        responses.put("401", Map.of("description", "Authentication required", "content", problem));
        responses.put("403", Map.of("description", "Forbidden", "content", problem));
        responses.put("404", Map.of("description", "Not found", "content", problem));
        responses.put("409", Map.of("description", "Conflict", "content", problem));
        op.put("responses", responses);
        return op;
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
                : schema(p.getParameterizedType(), Map.of());
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

    private static String httpMethod(Method method) {
        for (Map.Entry<Class<? extends Annotation>, String> e : HTTP_METHODS.entrySet()) {
            if (method.isAnnotationPresent(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    static String join(String base, String classPath, Path methodPath) {
        String joined = base + "/" + classPath + "/" + (methodPath == null ? "" : methodPath.value());
        String path = joined.replaceAll("/+", "/");
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        // JAX-RS templates may carry a regular expression: {id: [0-9]+} -> {id}
        return path.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}");
    }

    /** JSON schema of a Java type; {@code bindings} resolves type variables of generic records. */
    Map<String, Object> schema(Type type, Map<String, Type> bindings) {
        if (type instanceof TypeVariable<?> tv) {
            Type bound = bindings.get(tv.getName());
            return bound == null ? Map.of("type", "object") : schema(bound, bindings);
        }
        if (type instanceof ParameterizedType pt) {
            Class<?> raw = (Class<?>) pt.getRawType();
            Type[] args = pt.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return Map.of("type", "array", "items", schema(args[0], bindings));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return Map.of("type", "object", "additionalProperties", schema(args[1], bindings));
            }
            if (raw == Optional.class) {
                return schema(args[0], bindings);
            }
            if (raw.isRecord()) {
                Map<String, Type> inner = new HashMap<>();
                StringBuilder name = new StringBuilder(raw.getSimpleName());
                TypeVariable<?>[] vars = raw.getTypeParameters();
                for (int i = 0; i < vars.length; i++) {
                    Type resolved = args[i] instanceof TypeVariable<?> v && bindings.containsKey(v.getName())
                            ? bindings.get(v.getName()) : args[i];
                    inner.put(vars[i].getName(), resolved);
                    name.append("Of").append(resolved instanceof Class<?> c ? c.getSimpleName() : "Object");
                }
                return recordRef(raw, name.toString(), inner);
            }
            return schema(raw, bindings);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class || c == char.class || c == Character.class) {
            return Map.of("type", "string");
        }
        if (c == UUID.class) {
            return Map.of("type", "string", "format", "uuid");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == LocalDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == LocalTime.class) {
            return Map.of("type", "string", "format", "time");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == BigDecimal.class) {
            return Map.of("type", "number", "multipleOf", 0.01);
        }
        if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return Map.of("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(String::valueOf).toList());
        }
        if (c.isArray()) {
            return Map.of("type", "array", "items", schema(c.getComponentType(), bindings));
        }
        if (c.isRecord()) {
            return recordRef(c, c.getSimpleName(), Map.of());
        }
        return Map.of("type", "object");
    }

    private Map<String, Object> recordRef(Class<?> record, String name, Map<String, Type> bindings) {
        if (!schemas.containsKey(name)) {
            schemas.put(name, Map.of());  // placeholder stops recursion on self-referencing records
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                properties.put(component.getName(), schema(component.getGenericType(), bindings));
            }
            schemas.put(name, Map.of("type", "object", "properties", properties));
        }
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private static Map<String, Object> problemSchema() {
        Map<String, Object> fieldError = Map.of("type", "object", "properties",
                Map.of("field", Map.of("type", "string"), "message", Map.of("type", "string")));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string"));
        properties.put("title", Map.of("type", "string"));
        properties.put("status", Map.of("type", "integer"));
        properties.put("detail", Map.of("type", "string"));
        properties.put("errors", Map.of("type", "array", "items", fieldError));
        return Map.of("type", "object", "properties", properties);
    }
}
