package ${package}.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.RowMapper;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;
import ${package}.api.Measure;
import ${package}.api.MeasureStatus;

/** SQL of the {@code ${moduleId}_measure} table; callers run it inside a transaction. */
final class MeasureStore {

    private static final String COLUMNS = "id, municipality, title, status, created_at, version";
    private static final RowMapper<Measure> ROW = rs -> new Measure(Sql.uuid(rs, "id"), rs.getString("municipality"),
            rs.getString("title"), Sql.enumValue(rs, "status", MeasureStatus.class), Sql.instant(rs, "created_at"),
            rs.getInt("version"));

    private MeasureStore() {
    }

    static void insert(Connection c, Measure m) throws SQLException {
        Sql.update(c, "INSERT INTO ${moduleId}_measure (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                m.id(), m.municipality(), m.title(), m.status().name(), m.createdAt(), m.version());
    }

    static Optional<Measure> find(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + COLUMNS + " FROM ${moduleId}_measure WHERE id = ?", ROW, id);
    }

    static void updateStatus(Connection c, UUID id, MeasureStatus status, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Measure", id, "UPDATE ${moduleId}_measure SET status = ?, version = version + 1"
                + " WHERE id = ? AND version = ?", status.name(), id, expectedVersion);
    }

    /** @param visible municipalities the caller may read, or null for all */
    static Page<Measure> page(Connection c, String municipality, MeasureStatus status, Collection<String> visible,
                              PageRequest page) throws SQLException {
        Where where = new Where().eq("municipality", municipality).eq("status", status == null ? null : status.name());
        if (visible != null) {
            where.in("municipality", visible);
        }
        return Sql.page(c, COLUMNS, "${moduleId}_measure", where, "created_at DESC, id", page, ROW);
    }
}
