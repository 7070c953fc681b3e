package org.asskomm.councils.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asskomm.councils.api.ActionField;
import org.asskomm.councils.api.WorkingGroup;
import org.asskomm.platform.api.persistence.Sql;

/** SQL of action fields and working groups. */
public class WorkingGroupStore {

    private static final String COLUMNS = "id, council_id, name, mandate, situation_description, recommendations, "
            + "measurable_goals, created_on, version";

    public List<ActionField> actionFields(Connection c) throws SQLException {
        return Sql.query(c, "SELECT code, title FROM councils_action_field ORDER BY code",
                rs -> new ActionField(rs.getString("code"), rs.getString("title")));
    }

    public Optional<ActionField> actionField(Connection c, String code) throws SQLException {
        return Sql.queryOne(c, "SELECT code, title FROM councils_action_field WHERE code = ?",
                rs -> new ActionField(rs.getString("code"), rs.getString("title")), code);
    }

    public boolean actionFieldExists(Connection c, String code) throws SQLException {
        return Sql.count(c, "SELECT COUNT(*) FROM councils_action_field WHERE code = ?", code) > 0;
    }

    public void insertActionField(Connection c, ActionField field) throws SQLException {
        Sql.update(c, "INSERT INTO councils_action_field (code, title) VALUES (?, ?)", field.code(), field.title());
    }

    public void insert(Connection c, WorkingGroup g) throws SQLException {
        Sql.update(c, "INSERT INTO councils_working_group (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                g.id(), g.councilId(), g.name(), g.mandate(), g.situationDescription(), g.recommendations(),
                g.measurableGoals(), g.createdOn(), g.version());
        writeChildren(c, g);
    }

    public void update(Connection c, WorkingGroup g, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Working group", g.id(), "UPDATE councils_working_group SET name = ?, mandate = ?, "
                        + "situation_description = ?, recommendations = ?, measurable_goals = ?, version = ? "
                        + "WHERE id = ? AND version = ?", g.name(), g.mandate(), g.situationDescription(),
                g.recommendations(), g.measurableGoals(), g.version(), g.id(), expectedVersion);
        Sql.update(c, "DELETE FROM councils_working_group_field WHERE group_id = ?", g.id());
        Sql.update(c, "DELETE FROM councils_working_group_member WHERE group_id = ?", g.id());
        writeChildren(c, g);
    }

    private static void writeChildren(Connection c, WorkingGroup g) throws SQLException {
        for (String code : g.actionFields()) {
            Sql.update(c, "INSERT INTO councils_working_group_field (group_id, code) VALUES (?, ?)", g.id(), code);
        }
        for (String memberId : g.memberIds()) {
            Sql.update(c, "INSERT INTO councils_working_group_member (group_id, member_id) VALUES (?, ?)", g.id(), memberId);
        }
    }

    public Optional<WorkingGroup> find(Connection c, String councilId, String groupId) throws SQLException {
        Optional<WorkingGroup> row = Sql.queryOne(c, "SELECT " + COLUMNS + " FROM councils_working_group "
                + "WHERE council_id = ? AND id = ?", WorkingGroupStore::map, councilId, groupId);
        return row.isPresent() ? Optional.of(withChildren(c, row.get())) : row;
    }

    public List<WorkingGroup> list(Connection c, String councilId) throws SQLException {
        List<WorkingGroup> result = new ArrayList<>();
        for (WorkingGroup g : Sql.query(c, "SELECT " + COLUMNS + " FROM councils_working_group WHERE council_id = ? "
                + "ORDER BY name, id", WorkingGroupStore::map, councilId)) {
            result.add(withChildren(c, g));
        }
        return result;
    }

    private static WorkingGroup withChildren(Connection c, WorkingGroup g) throws SQLException {
        List<String> fields = Sql.query(c, "SELECT code FROM councils_working_group_field WHERE group_id = ? ORDER BY code",
                rs -> rs.getString(1), g.id());
        List<String> members = Sql.query(c, "SELECT member_id FROM councils_working_group_member WHERE group_id = ? "
                + "ORDER BY member_id", rs -> rs.getString(1), g.id());
        return new WorkingGroup(g.id(), g.councilId(), g.name(), g.mandate(), fields, members, g.situationDescription(),
                g.recommendations(), g.measurableGoals(), g.createdOn(), g.version());
    }

    private static WorkingGroup map(ResultSet rs) throws SQLException {
        return new WorkingGroup(rs.getString("id"), rs.getString("council_id"), rs.getString("name"),
                rs.getString("mandate"), List.of(), List.of(), rs.getString("situation_description"),
                rs.getString("recommendations"), rs.getString("measurable_goals"), Sql.date(rs, "created_on"),
                rs.getInt("version"));
    }
}
