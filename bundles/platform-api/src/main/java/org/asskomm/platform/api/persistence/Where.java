package org.asskomm.platform.api.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Builds the WHERE clause of a list query from optional filters: a filter whose value is null or blank
 * is left out. Column names are the caller's constants, values always bind as parameters.
 */
public final class Where {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Where eq(String column, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            and(column + " = ?");
            params.add(value);
        }
        return this;
    }

    /** Rows whose column is one of the values; an empty collection matches nothing. */
    public Where in(String column, Collection<?> values) {
        if (values.isEmpty()) {
            and("1 = 0");
            return this;
        }
        and(column + " IN (" + String.join(", ", java.util.Collections.nCopies(values.size(), "?")) + ")");
        params.addAll(values);
        return this;
    }

    /** Any SQL condition with its parameters, e.g. {@code "EXTRACT(YEAR FROM signed_on) = ?"}. */
    public Where condition(String condition, Object... values) {
        and(condition);
        params.addAll(List.of(values));
        return this;
    }

    /** The condition only when {@code value} is not null. */
    public Where conditionIf(Object value, String condition) {
        return value == null ? this : condition(condition, value);
    }

    private void and(String condition) {
        sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition);
    }

    public String sql() {
        return sql.toString();
    }

    public Object[] params() {
        return params.toArray();
    }
}
