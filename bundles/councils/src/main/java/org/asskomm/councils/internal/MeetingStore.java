package org.asskomm.councils.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asskomm.councils.api.Decision;
import org.asskomm.councils.api.Meeting;
import org.asskomm.councils.api.Task;
import org.asskomm.councils.api.Vote;
import org.asskomm.councils.api.VoteChoice;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of meetings (agenda, attendance, decisions with votes) and tasks. */
public class MeetingStore {

    private static final String COLUMNS = "id, council_id, held_on, title, location, version";
    private static final String TASK_COLUMNS = "t.id, t.council_id, t.meeting_id, t.title, t.owner, t.due_on, t.done_on, t.version";

    public void insert(Connection c, Meeting m) throws SQLException {
        Sql.update(c, "INSERT INTO councils_meeting (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)",
                m.id(), m.councilId(), m.heldOn(), m.title(), m.location(), m.version());
        writeChildren(c, m);
    }

    public void update(Connection c, Meeting m, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Meeting", m.id(), "UPDATE councils_meeting SET held_on = ?, title = ?, location = ?, "
                + "version = ? WHERE id = ? AND version = ?", m.heldOn(), m.title(), m.location(), m.version(),
                m.id(), expectedVersion);
        Sql.update(c, "DELETE FROM councils_agenda_item WHERE meeting_id = ?", m.id());
        Sql.update(c, "DELETE FROM councils_attendance WHERE meeting_id = ?", m.id());
        writeChildren(c, m);
    }

    private static void writeChildren(Connection c, Meeting m) throws SQLException {
        int position = 0;
        for (String item : m.agenda()) {
            Sql.update(c, "INSERT INTO councils_agenda_item (meeting_id, position, title) VALUES (?, ?, ?)",
                    m.id(), position++, item);
        }
        for (String memberId : m.attendeeIds()) {
            Sql.update(c, "INSERT INTO councils_attendance (meeting_id, member_id) VALUES (?, ?)", m.id(), memberId);
        }
    }

    /** Locks the meeting row, so that attendance and votes are checked against a state nobody changes meanwhile. */
    public Optional<Meeting> findForUpdate(Connection c, String councilId, String meetingId) throws SQLException {
        Optional<Meeting> row = Sql.queryOne(c, "SELECT " + COLUMNS + " FROM councils_meeting WHERE council_id = ? "
                + "AND id = ? FOR UPDATE", MeetingStore::map, councilId, meetingId);
        return row.isPresent() ? Optional.of(withChildren(c, row.get())) : row;
    }

    public Optional<Meeting> find(Connection c, String councilId, String meetingId) throws SQLException {
        Optional<Meeting> row = Sql.queryOne(c, "SELECT " + COLUMNS + " FROM councils_meeting WHERE council_id = ? "
                + "AND id = ?", MeetingStore::map, councilId, meetingId);
        return row.isPresent() ? Optional.of(withChildren(c, row.get())) : row;
    }

    public Page<Meeting> list(Connection c, String councilId, Integer year, PageRequest page) throws SQLException {
        Where where = new Where().eq("council_id", councilId)
                .conditionIf(year, "EXTRACT(YEAR FROM held_on) = ?");
        Page<Meeting> rows = Sql.page(c, COLUMNS, "councils_meeting", where, "held_on, id", page, MeetingStore::map);
        List<Meeting> items = new ArrayList<>();
        for (Meeting m : rows.items()) {
            items.add(withChildren(c, m));
        }
        return new Page<>(items, rows.total(), rows.offset(), rows.limit());
    }

    private Meeting withChildren(Connection c, Meeting m) throws SQLException {
        List<String> agenda = Sql.query(c, "SELECT title FROM councils_agenda_item WHERE meeting_id = ? ORDER BY position",
                rs -> rs.getString(1), m.id());
        List<String> attendees = Sql.query(c, "SELECT member_id FROM councils_attendance WHERE meeting_id = ? "
                + "ORDER BY member_id", rs -> rs.getString(1), m.id());
        return new Meeting(m.id(), m.councilId(), m.heldOn(), m.title(), m.location(), agenda, attendees,
                decisions(c, m.id()), m.version());
    }

    private static Meeting map(ResultSet rs) throws SQLException {
        return new Meeting(rs.getString("id"), rs.getString("council_id"), Sql.date(rs, "held_on"), rs.getString("title"),
                rs.getString("location"), List.of(), List.of(), List.of(), rs.getInt("version"));
    }

    // --- decisions

    public void insertDecision(Connection c, Decision d) throws SQLException {
        int position = (int) Sql.count(c, "SELECT COUNT(*) FROM councils_decision WHERE meeting_id = ?", d.meetingId());
        Sql.update(c, "INSERT INTO councils_decision (id, meeting_id, position, text) VALUES (?, ?, ?, ?)",
                d.id(), d.meetingId(), position, d.text());
        for (Vote v : d.votes()) {
            Sql.update(c, "INSERT INTO councils_vote (decision_id, member_id, choice) VALUES (?, ?, ?)",
                    d.id(), v.memberId(), v.choice());
        }
    }

    /** The decision, when it was taken in a meeting of the council. */
    public Optional<Decision> findDecision(Connection c, String councilId, String decisionId) throws SQLException {
        Optional<String[]> row = Sql.queryOne(c, "SELECT d.meeting_id, d.text FROM councils_decision d "
                        + "JOIN councils_meeting m ON m.id = d.meeting_id WHERE m.council_id = ? AND d.id = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, councilId, decisionId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(decision(decisionId, row.get()[0], row.get()[1], votes(c, decisionId)));
    }

    private static List<Vote> votes(Connection c, String decisionId) throws SQLException {
        return Sql.query(c, "SELECT member_id, choice FROM councils_vote WHERE decision_id = ? ORDER BY member_id",
                rs -> new Vote(rs.getString("member_id"), Sql.enumValue(rs, "choice", VoteChoice.class)), decisionId);
    }

    public List<Decision> decisions(Connection c, String meetingId) throws SQLException {
        List<Decision> result = new ArrayList<>();
        for (String[] row : Sql.query(c, "SELECT id, text FROM councils_decision WHERE meeting_id = ? ORDER BY position",
                rs -> new String[] {rs.getString("id"), rs.getString("text")}, meetingId)) {
            result.add(decision(row[0], meetingId, row[1], votes(c, row[0])));
        }
        return result;
    }

    /** A decision with its tally counted from the votes. */
    static Decision decision(String id, String meetingId, String text, List<Vote> votes) {
        return new Decision(id, meetingId, text, votes, count(votes, VoteChoice.YES), count(votes, VoteChoice.NO),
                count(votes, VoteChoice.ABSTAIN));
    }

    private static long count(List<Vote> votes, VoteChoice choice) {
        return votes.stream().filter(v -> v.choice() == choice).count();
    }

    // --- tasks

    public void insertTask(Connection c, Task t) throws SQLException {
        Sql.update(c, "INSERT INTO councils_task (id, council_id, meeting_id, title, owner, due_on, done_on, version) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", t.id(), t.councilId(), t.meetingId(), t.title(), t.owner(),
                t.dueOn(), t.doneOn(), t.version());
    }

    public void updateTask(Connection c, Task t, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Task", t.id(), "UPDATE councils_task SET meeting_id = ?, title = ?, owner = ?, due_on = ?, "
                        + "done_on = ?, version = ? WHERE id = ? AND version = ?", t.meetingId(), t.title(), t.owner(),
                t.dueOn(), t.doneOn(), t.version(), t.id(), expectedVersion);
    }

    public Optional<Task> findTask(Connection c, String councilId, String taskId, LocalDate today) throws SQLException {
        return Sql.queryOne(c, "SELECT " + TASK_COLUMNS + " FROM councils_task t WHERE t.council_id = ? AND t.id = ?",
                rs -> mapTask(rs, today), councilId, taskId);
    }

    /** Tasks of the councils the where clause selects (columns of the task {@code t} and council {@code k}). */
    public Page<Task> tasks(Connection c, Where where, PageRequest page, LocalDate today) throws SQLException {
        return Sql.page(c, TASK_COLUMNS, "councils_task t JOIN councils_council k ON k.id = t.council_id", where,
                "t.due_on, t.id", page, rs -> mapTask(rs, today));
    }

    public List<Task> tasksOfMeeting(Connection c, String meetingId, LocalDate today) throws SQLException {
        return Sql.query(c, "SELECT " + TASK_COLUMNS + " FROM councils_task t WHERE t.meeting_id = ? ORDER BY t.due_on, t.id",
                rs -> mapTask(rs, today), meetingId);
    }

    private static Task mapTask(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = Sql.date(rs, "due_on");
        LocalDate done = Sql.date(rs, "done_on");
        return new Task(rs.getString("id"), rs.getString("council_id"), rs.getString("meeting_id"), rs.getString("title"),
                rs.getString("owner"), due, done, done == null && due.isBefore(today), rs.getInt("version"));
    }
}
