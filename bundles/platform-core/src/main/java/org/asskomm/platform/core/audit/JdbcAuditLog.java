package org.asskomm.platform.core.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditEntry;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.SchemaMigrations;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Append-only audit log in {@code platform_audit}; there is no update or delete path. */
@Component(service = AuditLog.class)
public class JdbcAuditLog implements AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final Database database;

    @Activate
    public JdbcAuditLog(@Reference Database database, @Reference SchemaMigrations migrations) {
        this.database = database;
        migrations.migrate("platform", JdbcAuditLog.class);
    }

    @Override
    public void record(Connection c, CurrentUser user, AuditEvent event, Object before, Object after) {
        try {
            Sql.update(c, "INSERT INTO platform_audit (at, user_name, module, entity_type, entity_id, action,"
                            + " municipality, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Instant.now(), user.name(), event.module(), event.entityType(), event.entityId(), event.action(),
                    event.municipality(), json(before), json(after));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the audit log", e);
        }
    }

    @Override
    public void record(CurrentUser user, AuditEvent event) {
        database.inTransaction(c -> {
            record(c, user, event, null, null);
            return null;
        });
    }

    @Override
    public Page<AuditEntry> search(AuditQuery q, PageRequest page) {
        Where where = new Where().eq("module", q.module()).eq("user_name", q.user())
                .eq("municipality", q.municipality()).eq("action", q.action()).eq("entity_id", q.entityId())
                .conditionIf(q.from(), "at >= ?").conditionIf(q.to(), "at < ?");
        return database.inTransaction(c -> Sql.page(c, "*", "platform_audit", where, "id DESC", page, JdbcAuditLog::map));
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Sql.instant(rs, "at"), rs.getString("user_name"),
                rs.getString("module"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("action"), rs.getString("municipality"), rs.getString("before_json"),
                rs.getString("after_json"));
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return "\"" + value.getClass().getSimpleName() + " (not serialisable)\"";
        }
    }
}
