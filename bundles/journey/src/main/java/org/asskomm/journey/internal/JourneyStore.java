package org.asskomm.journey.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.journey.api.Stage;
import org.asskomm.journey.api.Step;
import org.asskomm.platform.api.persistence.RowMapper;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of the {@code journey_*} tables; callers run it inside a transaction. */
final class JourneyStore {

    /** One recorded event for one municipality, with the payload values its steps name. */
    record Milestone(String municipality, String topic, String recordId, Instant occurredAt, boolean asMember,
                     Map<String, String> values) {
    }

    private static final RowMapper<Step> STEP = rs -> new Step(rs.getString("topic"), rs.getString("label_de"),
            rs.getString("label_en"), rs.getString("date_property"), rs.getString("members_property"),
            rs.getString("detail_property"), rs.getString("amount_property"));

    private JourneyStore() {
    }

    static List<Stage> stages(Connection c) throws SQLException {
        List<Stage> stages = new ArrayList<>();
        for (Stage s : Sql.query(c, "SELECT code, position, label_de, label_en, version FROM journey_stage"
                + " ORDER BY position, code", rs -> new Stage(rs.getString("code"), rs.getInt("position"),
                rs.getString("label_de"), rs.getString("label_en"), List.of(), rs.getInt("version")))) {
            stages.add(new Stage(s.code(), s.position(), s.labelDe(), s.labelEn(), steps(c, s.code()), s.version()));
        }
        return stages;
    }

    static Optional<Stage> stage(Connection c, String code) throws SQLException {
        return stages(c).stream().filter(s -> s.code().equals(code)).findFirst();
    }

    private static List<Step> steps(Connection c, String stage) throws SQLException {
        return Sql.query(c, "SELECT * FROM journey_step WHERE stage_code = ? ORDER BY position", STEP, stage);
    }

    /** The steps of every stage that a topic reaches. */
    static List<Step> stepsOf(Connection c, String topic) throws SQLException {
        return Sql.query(c, "SELECT * FROM journey_step WHERE topic = ? ORDER BY stage_code, position", STEP, topic);
    }

    static void putStage(Connection c, String code, int position, String labelDe, String labelEn, List<Step> steps,
                         Integer version) throws SQLException {
        if (version == null) {
            Sql.update(c, "INSERT INTO journey_stage (code, position, label_de, label_en, version) VALUES (?, ?, ?, ?, 1)",
                    code, position, labelDe, labelEn);
        } else {
            Sql.updateVersioned(c, "Stage", code, "UPDATE journey_stage SET position = ?, label_de = ?, label_en = ?,"
                    + " version = version + 1 WHERE code = ? AND version = ?", position, labelDe, labelEn, code, version);
            Sql.update(c, "DELETE FROM journey_step WHERE stage_code = ?", code);
        }
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            Sql.update(c, "INSERT INTO journey_step (stage_code, position, topic, label_de, label_en, date_property,"
                    + " members_property, detail_property, amount_property) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", code,
                    i + 1, s.topic(), s.labelDe(), s.labelEn(), s.dateProperty(), s.membersProperty(),
                    s.detailProperty(), s.amountProperty());
        }
    }

    /** Records a milestone unless the same event was recorded for the municipality already (a redelivery). */
    static boolean record(Connection c, Milestone m) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM journey_milestone WHERE topic = ? AND record_id = ? AND municipality = ?"
                + " AND occurred_at = ?", m.topic(), m.recordId(), m.municipality(), m.occurredAt()) > 0) {
            return false;
        }
        UUID id = UUID.randomUUID();
        Sql.update(c, "INSERT INTO journey_milestone (id, municipality, topic, record_id, occurred_at, as_member)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id, m.municipality(), m.topic(), m.recordId(), m.occurredAt(),
                m.asMember());
        for (Map.Entry<String, String> v : m.values().entrySet()) {
            Sql.update(c, "INSERT INTO journey_milestone_value (milestone_id, name, text_value) VALUES (?, ?, ?)", id,
                    v.getKey(), v.getValue());
        }
        return true;
    }

    /** @param municipalities the municipalities to read, or null for all */
    static List<Milestone> milestones(Connection c, Collection<String> municipalities) throws SQLException {
        Where where = new Where();
        if (municipalities != null) {
            where.in("m.municipality", municipalities);
        }
        Map<String, Milestone> byId = new LinkedHashMap<>();
        for (Object[] row : Sql.query(c, "SELECT m.id, m.municipality, m.topic, m.record_id, m.occurred_at, m.as_member,"
                + " v.name, v.text_value FROM journey_milestone m LEFT JOIN journey_milestone_value v"
                + " ON v.milestone_id = m.id" + where.sql() + " ORDER BY m.occurred_at, m.id", rs -> new Object[] {
                rs.getString("id"), new Milestone(rs.getString("municipality"), rs.getString("topic"),
                        rs.getString("record_id"), Sql.instant(rs, "occurred_at"), rs.getBoolean("as_member"),
                        new HashMap<>()), rs.getString("name"), rs.getString("text_value")}, where.params())) {
            Milestone m = byId.computeIfAbsent((String) row[0], k -> (Milestone) row[1]);
            if (row[2] != null) {
                m.values().put((String) row[2], (String) row[3]);
            }
        }
        return new ArrayList<>(byId.values());
    }
}
