package org.asskomm.platform.api.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;

/**
 * Small JDBC helpers so modules write SQL, not boilerplate. Parameters understand
 * {@code LocalDate}, {@code Instant}, {@code UUID} (stored as text), enums (by name) and {@code BigDecimal}.
 */
public final class Sql {

    private Sql() {
    }

    public static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(mapper.map(rs));
                }
                return result;
            }
        }
    }

    public static <T> Optional<T> queryOne(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        List<T> rows = query(c, sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public static long count(Connection c, String sql, Object... params) throws SQLException {
        return queryOne(c, sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /**
     * One page of {@code SELECT <columns> FROM <from> <where> ORDER BY <orderBy>} with the total count.
     *
     * @param from the table (or join) to select from
     */
    public static <T> Page<T> page(Connection c, String columns, String from, Where where, String orderBy,
                                   PageRequest page, RowMapper<T> mapper) throws SQLException {
        long total = count(c, "SELECT COUNT(*) FROM " + from + where.sql(), where.params());
        Object[] params = Arrays.copyOf(where.params(), where.params().length + 2);
        params[params.length - 2] = page.limit();
        params[params.length - 1] = page.offset();
        List<T> items = query(c, "SELECT " + columns + " FROM " + from + where.sql() + " ORDER BY " + orderBy
                + " LIMIT ? OFFSET ?", mapper, params);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /**
     * Runs an optimistic-locking update ({@code ... WHERE id = ? AND version = ?}) and turns
     * "no row changed" into a 409 that tells the client to reload.
     */
    public static void updateVersioned(Connection c, String entity, Object id, String sql, Object... params) throws SQLException {
        if (update(c, sql, params) == 0) {
            throw ConflictException.staleVersion(entity, id);
        }
    }

    public static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            int index = i + 1;
            if (p == null) {
                ps.setNull(index, Types.NULL);
            } else if (p instanceof LocalDate d) {
                ps.setDate(index, Date.valueOf(d));
            } else if (p instanceof Instant t) {
                ps.setTimestamp(index, Timestamp.from(t));
            } else if (p instanceof LocalDateTime t) {
                ps.setTimestamp(index, Timestamp.valueOf(t));
            } else if (p instanceof UUID u) {
                ps.setString(index, u.toString());
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else if (p instanceof BigDecimal b) {
                ps.setBigDecimal(index, b);
            } else {
                ps.setObject(index, p);
            }
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    public static UUID uuid(ResultSet rs, String column) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : UUID.fromString(s);
    }

    public static <E extends Enum<E>> E enumValue(ResultSet rs, String column, Class<E> type) throws SQLException {
        String s = rs.getString(column);
        return s == null ? null : Enum.valueOf(type, s);
    }

    /** The value of an {@code INTEGER} column that may be NULL. */
    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
