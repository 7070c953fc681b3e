package org.asskomm.platform.rest.openapi;

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
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.asskomm.platform.api.rest.Money;

/**
 * JSON schemas of Java types, and the {@code components/schemas} they name. A record of a module is named after
 * the module and its simple name ({@code FundingDecisionRequest}, {@code CouncilsDecisionRequest}), a record of
 * the platform by its simple name ({@code Municipality}), so that two modules' records of the same simple name
 * never share a schema. Should two classes still get one name, the second is suffixed {@code _2} (the
 * OpenAPI itest fails on that suffix).
 */
final class SchemaBuilder {

    static final String REF = "#/components/schemas/";

    private final Map<String, Object> schemas = new TreeMap<>();
    /** schema name -> the class (or generic signature) it was made for */
    private final Map<String, String> owners = new HashMap<>();
    /** class (or generic signature) -> schema name */
    private final Map<String, String> names = new HashMap<>();
    private String module = "";

    /** The module whose resources are described next: its records get its name as prefix. */
    void module(String moduleId) {
        this.module = moduleId;
    }

    Map<String, Object> schemas() {
        return schemas;
    }

    void put(String name, Map<String, Object> schema) {
        schemas.put(name, schema);
        owners.put(name, name);
    }

    /** JSON schema of a Java type; {@code bindings} resolves type variables of generic records. */
    Map<String, Object> schema(Type type, Map<String, Type> bindings) {
        if (type instanceof TypeVariable<?> tv) {
            Type bound = bindings.get(tv.getName());
            return bound == null ? Map.of("type", "object") : schema(bound, bindings);
        }
        if (type instanceof ParameterizedType pt) {
            return parameterized(pt, bindings);
        }
        Class<?> c = (Class<?>) type;
        Map<String, Object> scalar = scalar(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(String::valueOf).toList());
        }
        if (c.isArray()) {
            return Map.of("type", "array", "items", schema(c.getComponentType(), bindings));
        }
        if (c.isRecord()) {
            return recordRef(c, c.getName(), name(c), Map.of());
        }
        return Map.of("type", "object");
    }

    private Map<String, Object> parameterized(ParameterizedType pt, Map<String, Type> bindings) {
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
        if (!raw.isRecord()) {
            return schema(raw, bindings);
        }
        Map<String, Type> inner = new HashMap<>();
        StringBuilder name = new StringBuilder(name(raw));
        StringBuilder signature = new StringBuilder(raw.getName());
        TypeVariable<?>[] vars = raw.getTypeParameters();
        for (int i = 0; i < vars.length; i++) {
            Type resolved = args[i] instanceof TypeVariable<?> v && bindings.containsKey(v.getName())
                    ? bindings.get(v.getName()) : args[i];
            inner.put(vars[i].getName(), resolved);
            name.append("Of").append(resolved instanceof Class<?> c ? name(c) : "Object");
            signature.append('<').append(resolved.getTypeName()).append('>');
        }
        return recordRef(raw, signature.toString(), name.toString(), inner);
    }

    /** The schema of a money amount ({@link Money}): a decimal number of whole cents. */
    static Map<String, Object> money() {
        return Map.of("type", "number", "multipleOf", 0.01, "description", "Euros, always two decimal places");
    }

    private static Map<String, Object> scalar(Class<?> c) {
        if (c == String.class || c == char.class || c == Character.class) {
            return Map.of("type", "string");
        }
        if (c == UUID.class) {
            return Map.of("type", "string", "format", "uuid");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == YearMonth.class) {
            return Map.of("type", "string", "pattern", "^\\d{4}-\\d{2}$");
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
        if (c == BigDecimal.class || c == double.class || c == Double.class || c == float.class || c == Float.class) {
            return Map.of("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        return null;
    }

    /** {@code FundingDecisionRequest} for a record of the funding module, {@code Municipality} for the platform's. */
    private String name(Class<?> c) {
        String known = names.get(c.getName());
        if (known != null) {
            return known;
        }
        boolean platform = c.getName().startsWith("org.asskomm.platform.") || module.isEmpty();
        String simple = c.getSimpleName();
        return platform ? simple : module.substring(0, 1).toUpperCase(Locale.ROOT) + camel(module.substring(1)) + simple;
    }

    private static String camel(String s) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char ch : s.toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                out.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    private Map<String, Object> recordRef(Class<?> record, String signature, String wanted, Map<String, Type> bindings) {
        String name = names.get(signature);
        if (name == null) {
            name = wanted;
            for (int n = 2; owners.containsKey(name); n++) {
                name = wanted + "_" + n;
            }
            names.put(signature, name);
            owners.put(name, signature);
            schemas.put(name, Map.of());  // placeholder stops recursion on self-referencing records
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                properties.put(component.getName(), component.isAnnotationPresent(Money.class)
                        ? moneyOf(component.getGenericType()) : schema(component.getGenericType(), bindings));
            }
            schemas.put(name, Map.of("type", "object", "properties", properties));
        }
        return Map.of("$ref", REF + name);
    }

    private Map<String, Object> moneyOf(Type type) {
        if (type instanceof ParameterizedType pt && Collection.class.isAssignableFrom((Class<?>) pt.getRawType())) {
            return Map.of("type", "array", "items", money());
        }
        if (type instanceof ParameterizedType pt && Map.class.isAssignableFrom((Class<?>) pt.getRawType())) {
            return Map.of("type", "object", "additionalProperties", money());
        }
        return money();
    }
}
