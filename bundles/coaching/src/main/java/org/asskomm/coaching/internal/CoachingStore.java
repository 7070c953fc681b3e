package org.asskomm.coaching.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.coaching.api.Assignment;
import org.asskomm.coaching.api.ChecklistItem;
import org.asskomm.coaching.api.Coach;
import org.asskomm.coaching.api.CoachingSession;
import org.asskomm.coaching.api.SuccessCondition;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.RowMapper;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of the {@code coaching_*} tables; callers run it inside a transaction. */
final class CoachingStore {

    static final String REGION = "REGION";
    static final String TOPIC = "TOPIC";

    private static final String ASSIGNMENT_COLUMNS = "id, municipality, coach_id, coordinator, started_on, ended_on, version";

    private CoachingStore() {
    }

    // --- coaches

    static void insertCoach(Connection c, UUID id, String name, String email, int capacity) throws SQLException {
        Sql.update(c, "INSERT INTO coaching_coach (id, name, email, capacity, version) VALUES (?, ?, ?, ?, 1)",
                id, name, email, capacity);
    }

    static void updateCoach(Connection c, UUID id, String name, String email, int capacity, int version)
            throws SQLException {
        Sql.updateVersioned(c, "Coach", id, "UPDATE coaching_coach SET name = ?, email = ?, capacity = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?", name, email, capacity, id, version);
        Sql.update(c, "DELETE FROM coaching_coach_tag WHERE coach_id = ?", id);
    }

    static void insertTags(Connection c, UUID coach, String kind, List<String> tags) throws SQLException {
        for (int i = 0; i < tags.size(); i++) {
            Sql.update(c, "INSERT INTO coaching_coach_tag (coach_id, kind, position, tag) VALUES (?, ?, ?, ?)",
                    coach, kind, i, tags.get(i));
        }
    }

    static Optional<Coach> findCoach(Connection c, UUID id) throws SQLException {
        return coach(c, id, "");
    }

    /** The coach under a row lock: assignments to one coach are made one after the other (capacity). */
    static Optional<Coach> lockCoach(Connection c, UUID id) throws SQLException {
        return coach(c, id, " FOR UPDATE");
    }

    private static Optional<Coach> coach(Connection c, UUID id, String lock) throws SQLException {
        return Sql.queryOne(c, "SELECT id, name, email, capacity, version FROM coaching_coach WHERE id = ?" + lock,
                rs -> coach(c, rs.getString("id"), rs.getString("name"), rs.getString("email"), rs.getInt("capacity"),
                        rs.getInt("version")), id);
    }

    static Page<Coach> coaches(Connection c, String region, String topic, PageRequest page) throws SQLException {
        Where where = new Where();
        tagFilter(where, REGION, region);
        tagFilter(where, TOPIC, topic);
        Page<String> ids = Sql.page(c, "id", "coaching_coach", where, "name, id", page, rs -> rs.getString("id"));
        List<Coach> coaches = new ArrayList<>();
        for (String id : ids.items()) {
            coaches.add(findCoach(c, UUID.fromString(id)).orElseThrow());
        }
        return new Page<>(coaches, ids.total(), ids.offset(), ids.limit());
    }

    static List<Coach> allCoaches(Connection c) throws SQLException {
        return coaches(c, null, null, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
    }

    private static void tagFilter(Where where, String kind, String value) {
        if (value != null && !value.isBlank()) {
            where.condition("EXISTS (SELECT 1 FROM coaching_coach_tag t WHERE t.coach_id = coaching_coach.id"
                    + " AND t.kind = ? AND LOWER(t.tag) = LOWER(?))", kind, value.strip());
        }
    }

    private static Coach coach(Connection c, String id, String name, String email, int capacity, int version)
            throws SQLException {
        return new Coach(UUID.fromString(id), name, email, tags(c, id, REGION), tags(c, id, TOPIC), capacity, version);
    }

    private static List<String> tags(Connection c, String coach, String kind) throws SQLException {
        return Sql.query(c, "SELECT tag FROM coaching_coach_tag WHERE coach_id = ? AND kind = ? ORDER BY position",
                rs -> rs.getString("tag"), coach, kind);
    }

    // --- assignments

    static void insertAssignment(Connection c, UUID id, String municipality, UUID coach, String coordinator,
                                 LocalDate startedOn) throws SQLException {
        Sql.update(c, "INSERT INTO coaching_assignment (" + ASSIGNMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, 1)",
                id, municipality, coach, coordinator, startedOn);
    }

    static Optional<Assignment> findAssignment(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + ASSIGNMENT_COLUMNS + " FROM coaching_assignment WHERE id = ?",
                assignmentRow(c), id);
    }

    /** The assignment under a row lock: checks of concurrent changes see the state they change. */
    static Optional<Assignment> lockAssignment(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT " + ASSIGNMENT_COLUMNS + " FROM coaching_assignment WHERE id = ? FOR UPDATE",
                assignmentRow(c), id);
    }

    /** The running assignment of a municipality, if any. */
    static Optional<Assignment> activeOf(Connection c, String municipality) throws SQLException {
        return Sql.queryOne(c, "SELECT " + ASSIGNMENT_COLUMNS + " FROM coaching_assignment"
                + " WHERE municipality = ? AND ended_on IS NULL", assignmentRow(c), municipality);
    }

    /** @param visible municipalities the caller may read, or null for all */
    static Page<Assignment> assignments(Connection c, String municipality, UUID coach, Boolean active,
                                        Collection<String> visible, PageRequest page) throws SQLException {
        Where where = new Where().eq("municipality", municipality).eq("coach_id", coach == null ? null : coach.toString());
        if (active != null) {
            where.condition(active ? "ended_on IS NULL" : "ended_on IS NOT NULL");
        }
        if (visible != null) {
            where.in("municipality", visible);
        }
        return Sql.page(c, ASSIGNMENT_COLUMNS, "coaching_assignment", where, "started_on DESC, id", page,
                assignmentRow(c));
    }

    static void end(Connection c, UUID id, LocalDate endedOn, int version) throws SQLException {
        Sql.updateVersioned(c, "Assignment", id, "UPDATE coaching_assignment SET ended_on = ?, version = version + 1"
                + " WHERE id = ? AND version = ?", endedOn, id, version);
    }

    static void check(Connection c, UUID id, SuccessCondition condition, LocalDate metOn, int version)
            throws SQLException {
        Sql.updateVersioned(c, "Assignment", id, "UPDATE coaching_assignment SET version = version + 1"
                + " WHERE id = ? AND version = ?", id, version);
        Sql.update(c, "DELETE FROM coaching_checklist WHERE assignment_id = ? AND success_condition = ?", id,
                condition.name());
        if (metOn != null) {
            Sql.update(c, "INSERT INTO coaching_checklist (assignment_id, success_condition, met_on) VALUES (?, ?, ?)",
                    id, condition.name(), metOn);
        }
    }

    private static RowMapper<Assignment> assignmentRow(Connection c) {
        return rs -> {
            String id = rs.getString("id");
            return new Assignment(UUID.fromString(id), rs.getString("municipality"), Sql.uuid(rs, "coach_id"),
                    rs.getString("coordinator"), Sql.date(rs, "started_on"), Sql.date(rs, "ended_on"),
                    checklist(c, id), rs.getInt("version"));
        };
    }

    private static List<ChecklistItem> checklist(Connection c, String assignment) throws SQLException {
        Map<SuccessCondition, LocalDate> met = new EnumMap<>(SuccessCondition.class);
        for (ChecklistItem item : Sql.query(c, "SELECT success_condition, met_on FROM coaching_checklist"
                + " WHERE assignment_id = ?", rs -> new ChecklistItem(Sql.enumValue(rs, "success_condition",
                SuccessCondition.class), Sql.date(rs, "met_on")), assignment)) {
            met.put(item.condition(), item.metOn());
        }
        List<ChecklistItem> items = new ArrayList<>();
        for (SuccessCondition condition : SuccessCondition.values()) {
            items.add(new ChecklistItem(condition, met.get(condition)));
        }
        return items;
    }

    // --- sessions

    static void insertSession(Connection c, UUID id, Assignment a, LocalDate date, List<String> topics,
                              String nextSteps, String openPoints) throws SQLException {
        Sql.update(c, "INSERT INTO coaching_session (id, assignment_id, municipality, held_on, next_steps, open_points)"
                + " VALUES (?, ?, ?, ?, ?, ?)", id, a.id(), a.municipality(), date, nextSteps, openPoints);
        for (int i = 0; i < topics.size(); i++) {
            Sql.update(c, "INSERT INTO coaching_session_topic (session_id, position, topic) VALUES (?, ?, ?)",
                    id, i, topics.get(i));
        }
    }

    static Optional<CoachingSession> findSession(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT * FROM coaching_session WHERE id = ?", sessionRow(c), id);
    }

    static List<CoachingSession> sessions(Connection c, UUID assignment) throws SQLException {
        return Sql.query(c, "SELECT * FROM coaching_session WHERE assignment_id = ? ORDER BY held_on, id",
                sessionRow(c), assignment);
    }

    private static RowMapper<CoachingSession> sessionRow(Connection c) {
        return rs -> {
            String id = rs.getString("id");
            return new CoachingSession(UUID.fromString(id), Sql.uuid(rs, "assignment_id"), rs.getString("municipality"),
                    Sql.date(rs, "held_on"), Sql.query(c, "SELECT topic FROM coaching_session_topic"
                            + " WHERE session_id = ? ORDER BY position", r -> r.getString("topic"), id),
                    rs.getString("next_steps"), rs.getString("open_points"));
        };
    }

    // --- workload

    static int activeAssignments(Connection c, String coach, LocalDate asOf) throws SQLException {
        return (int) Sql.count(c, "SELECT COUNT(*) FROM coaching_assignment WHERE coach_id = ? AND started_on <= ?"
                + " AND (ended_on IS NULL OR ended_on >= ?)", coach, asOf, asOf);
    }

    static int sessionsBetween(Connection c, String coach, LocalDate from, LocalDate to) throws SQLException {
        return (int) Sql.count(c, "SELECT COUNT(*) FROM coaching_session s JOIN coaching_assignment a"
                + " ON a.id = s.assignment_id WHERE a.coach_id = ? AND s.held_on > ? AND s.held_on <= ?", coach, from, to);
    }
}
