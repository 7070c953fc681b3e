package org.asskomm.platform.core.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditEntry;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Append-only audit log in {@code platform_audit}; there is no delete path, and the one update path is
 * {@link #anonymise}, which blanks personal fields of the recorded states.
 */
@Component(service = AuditLog.class)
public class JdbcAuditLog implements AuditLog {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final TextNode ANONYMISED = TextNode.valueOf("anonymised");

    private final Database database;

    @Activate
    public JdbcAuditLog(@Reference Database database,
                        @Reference(target = "(asskomm.module=platform)") ModuleSchema schema) {
        this.database = database; // the schema reference: the platform tables are migrated
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

    @Override
    public int expire(String module, Collection<String> actions, Instant cutoff) {
        if (actions.isEmpty()) {
            return 0;
        }
        List<Object> params = new ArrayList<>();
        params.add(module);
        params.add(cutoff);
        params.addAll(actions);
        String marks = String.join(", ", Collections.nCopies(actions.size(), "?"));
        return database.inTransaction(c -> Sql.update(c, "DELETE FROM platform_audit WHERE module = ? AND at < ?"
                + " AND action IN (" + marks + ")", params.toArray()));
    }

    @Override
    public int anonymise(Connection c, String module, String entityType, String entityId, Set<String> fields) {
        try {
            List<Map.Entry<Long, String[]>> entries = Sql.query(c, "SELECT id, before_json, after_json FROM platform_audit"
                    + " WHERE module = ? AND entity_type = ? AND entity_id = ?", rs -> Map.entry(rs.getLong("id"),
                    new String[] {rs.getString("before_json"), rs.getString("after_json")}), module, entityType, entityId);
            int changed = 0;
            for (Map.Entry<Long, String[]> entry : entries) {
                String before = anonymised(entry.getValue()[0], fields);
                String after = anonymised(entry.getValue()[1], fields);
                if (before != null || after != null) {
                    Sql.update(c, "UPDATE platform_audit SET before_json = ?, after_json = ? WHERE id = ?",
                            before != null ? before : entry.getValue()[0], after != null ? after : entry.getValue()[1],
                            entry.getKey());
                    changed++;
                }
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot anonymise the audit log", e);
        }
    }

    /** The JSON with the fields' values replaced, or null when nothing was to replace. */
    static String anonymised(String json, Set<String> fields) {
        if (json == null) {
            return null;
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            return null;   // the log writes JSON only; anything else is left as it is
        }
        return replace(tree, fields) ? tree.toString() : null;
    }

    private static boolean replace(JsonNode node, Set<String> fields) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (var it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (fields.contains(field.getKey())) {
                    if (!field.getValue().isNull() && !ANONYMISED.equals(field.getValue())) {
                        field.setValue(ANONYMISED);
                        changed = true;
                    }
                } else {
                    changed |= replace(field.getValue(), fields);
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode item : node) {
                changed |= replace(item, fields);
            }
        }
        return changed;
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
