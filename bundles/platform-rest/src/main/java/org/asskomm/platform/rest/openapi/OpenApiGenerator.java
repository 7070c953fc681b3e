package org.asskomm.platform.rest.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;

/**
 * Builds an OpenAPI 3.0.3 document by reflection over the live JAX-RS resources, so the document always
 * shows exactly the installed modules. Records become schemas named by module ({@link SchemaBuilder}), each
 * module is a tag, {@link Operations} describes each method. Errors share the {@code Problem} schema.
 */
public final class OpenApiGenerator {

    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(
            GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete",
            PATCH.class, "patch", HEAD.class, "head");

    private final SchemaBuilder schemas = new SchemaBuilder();
    private final Operations operations = new Operations(schemas);

    /**
     * @param resourceClasses the classes of the resources currently served, by the base of their application below
     *                        {@code /api/v1} ({@code ""} for the platform's, {@code "/agreements"} for a module's)
     */
    public Map<String, Object> document(String version, Map<String, ? extends Collection<Class<?>>> resourceClasses) {
        Map<String, Map<String, Object>> paths = new TreeMap<>();
        List<Map<String, Object>> tags = new ArrayList<>();
        for (Map.Entry<String, ? extends Collection<Class<?>>> application : new TreeMap<>(resourceClasses).entrySet()) {
            Map<String, Map<String, Object>> own = new TreeMap<>();
            String module = application.getKey().replaceAll("^/+|/+$", "");
            try {
                schemas.module(module);
                addPaths(own, module, application.getKey(), application.getValue());
                paths.putAll(own);
                if (!own.isEmpty()) {
                    tags.add(Map.of("name", Operations.tag(module), "description", module.isEmpty()
                            ? "The platform: municipalities, modules, users, audit, health"
                            : "The module " + module));
                }
            } catch (LinkageError | TypeNotPresentException e) {
                // the module is being uninstalled while the document is built: its classes are gone, so is the module
            }
        }
        schemas.put("Problem", problemSchema());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "ASSKomm platform API", "version", version,
                "description", "REST API of the installed ASSKomm modules. Errors are application/problem+json "
                        + "(RFC 9457, schema Problem). Amounts of money are JSON numbers with exactly two decimal "
                        + "places. Each module is a tag; schemas of a module carry its name (FundingApplication)."));
        doc.put("servers", List.of(Map.of("url", "/api/v1")));
        doc.put("security", List.of(Map.of("basicAuth", List.of())));
        doc.put("tags", tags);
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas.schemas(), "responses", Operations.problemResponses(),
                "securitySchemes", Map.of("basicAuth", Map.of("type", "http", "scheme", "basic",
                        "description", "The user name and password of a Karaf user (etc/users.properties or LDAP)"))));
        return doc;
    }

    private void addPaths(Map<String, Map<String, Object>> paths, String module, String base,
                          Collection<Class<?>> resourceClasses) {
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
                paths.computeIfAbsent(path, p -> new TreeMap<>())
                        .put(httpMethod, operations.operation(module, resource, method, httpMethod, path));
            }
        }
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

    private static Map<String, Object> problemSchema() {
        Map<String, Object> fieldError = Map.of("type", "object", "properties",
                Map.of("field", Map.of("type", "string"), "message", Map.of("type", "string")));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string"));
        properties.put("title", Map.of("type", "string"));
        properties.put("status", Map.of("type", "integer", "format", "int32"));
        properties.put("detail", Map.of("type", "string"));
        properties.put("errors", Map.of("type", "array", "items", fieldError));
        return Map.of("type", "object", "properties", properties,
                "description", "An error (RFC 9457); errors names each invalid field");
    }
}
