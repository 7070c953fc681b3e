package org.asskomm.councils.internal;

import static org.asskomm.councils.api.CouncilService.MODULE_ID;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.Decision;
import org.asskomm.councils.api.DecisionRequest;
import org.asskomm.councils.api.Meeting;
import org.asskomm.councils.api.MeetingRequest;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.Task;
import org.asskomm.councils.api.TaskRequest;
import org.asskomm.councils.api.Vote;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Where;

/** Meetings with agenda and attendance, decisions with votes, tasks, and the printable minutes. */
final class MeetingRecords extends CouncilWriter {

    private final MemberStore members = new MemberStore();
    private final MeetingStore meetings = new MeetingStore();

    MeetingRecords(Database database, AuditLog audit, CouncilAccess access, Clock clock) {
        super(database, audit, access, clock);
    }

    // ------------------------------------------------------------------ meetings, decisions, tasks

    Meeting addMeeting(CurrentUser user, String councilId, MeetingRequest request) {
        access.checkWrite(user, councilId);
        validateMeeting(request, false);
        return database.inTransaction(c -> {
            Council council = access.writable(c, user, councilId);
            checkAttendance(c, councilId, request);
            Meeting meeting = toMeeting(Ids.next(), councilId, request, 1);
            meetings.insert(c, meeting);
            audit.record(c, user, new AuditEvent(MODULE_ID, "Meeting", meeting.id(), "CREATE", council.municipality()),
                    null, meeting);
            return meeting;
        });
    }

    Meeting updateMeeting(CurrentUser user, String councilId, String meetingId, MeetingRequest request) {
        access.checkWrite(user, councilId);
        validateMeeting(request, true);
        return database.inTransaction(c -> {
            Council council = access.writable(c, user, councilId);
            Meeting before = meetings.findForUpdate(c, councilId, meetingId)
                    .orElseThrow(() -> new NotFoundException("No meeting " + meetingId + " in council " + councilId + "."));
            checkAttendance(c, councilId, request);
            // a vote needs its voter present: who voted may not be struck from the attendance
            Set<String> attending = new HashSet<>(request.attendeeIds() == null ? List.of() : request.attendeeIds());
            for (Decision d : before.decisions()) {
                for (Vote vote : d.votes()) {
                    if (!attending.contains(vote.memberId())) {
                        throw new ConflictException("Member " + vote.memberId() + " voted on a decision of this meeting "
                                + "and must stay in the attendance.");
                    }
                }
            }
            Meeting after = toMeeting(meetingId, councilId, request, request.version() + 1);
            meetings.update(c, after, request.version());
            Meeting stored = meetings.find(c, councilId, meetingId).orElseThrow();
            audit.record(c, user, new AuditEvent(MODULE_ID, "Meeting", meetingId, "UPDATE", council.municipality()),
                    before, stored);
            return stored;
        });
    }

    private static void validateMeeting(MeetingRequest r, boolean update) {
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        Validator v = new Validator()
                .required("heldOn", r.heldOn())
                .text("title", r.title(), 300)
                .maxLength("location", r.location(), 300)
                .check(!update || r.version() != null, "version", "is required");
        List<String> agenda = r.agenda() == null ? List.of() : r.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            v.text("agenda[" + i + "]", agenda.get(i), 1000);
        }
        Inputs.noDuplicates(v, "attendeeIds", r.attendeeIds());
        v.throwIfInvalid();
    }

    /** Only members of this council who are members on the meeting day attend. */
    private void checkAttendance(Connection c, String councilId, MeetingRequest r) throws SQLException {
        Validator v = new Validator();
        List<String> ids = r.attendeeIds() == null ? List.of() : r.attendeeIds();
        for (int i = 0; i < ids.size(); i++) {
            Member m = members.find(c, councilId, ids.get(i)).orElse(null);
            v.check(m != null, "attendeeIds[" + i + "]", "is not a member of this council");
            v.check(m == null || m.isMemberOn(r.heldOn()), "attendeeIds[" + i + "]",
                    "was not a member on " + r.heldOn());
        }
        v.throwIfInvalid();
    }

    private static Meeting toMeeting(String id, String councilId, MeetingRequest r, int version) {
        return new Meeting(id, councilId, r.heldOn(), r.title().trim(), r.location(),
                r.agenda() == null ? List.of() : r.agenda().stream().map(String::trim).toList(),
                r.attendeeIds() == null ? List.of() : r.attendeeIds(), List.of(), version);
    }

    Meeting meeting(CurrentUser user, String councilId, String meetingId) {
        return database.inTransaction(c -> {
            access.read(c, user, councilId);
            return meetings.find(c, councilId, meetingId)
                    .orElseThrow(() -> new NotFoundException("No meeting " + meetingId + " in council " + councilId + "."));
        });
    }

    Page<Meeting> meetings(CurrentUser user, String councilId, Integer year, PageRequest page) {
        return database.inTransaction(c -> {
            access.read(c, user, councilId);
            return meetings.list(c, councilId, year, page);
        });
    }

    Decision addDecision(CurrentUser user, String councilId, String meetingId, DecisionRequest request) {
        access.checkWrite(user, councilId);
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        List<Vote> votes = request.votes() == null ? List.of() : request.votes();
        Validator v = new Validator().text("text", request.text(), 4000);
        Set<String> voters = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            Vote vote = votes.get(i);
            String prefix = "votes[" + i + "]";
            v.check(vote != null && vote.memberId() != null, prefix + ".memberId", "is required");
            v.check(vote != null && vote.choice() != null, prefix + ".choice", "is required");
            v.check(vote == null || vote.memberId() == null || voters.add(vote.memberId()), prefix + ".memberId",
                    "votes twice");
        }
        v.throwIfInvalid();
        return database.inTransaction(c -> {
            Council council = access.writable(c, user, councilId);
            Meeting meeting = meetings.findForUpdate(c, councilId, meetingId)
                    .orElseThrow(() -> new NotFoundException("No meeting " + meetingId + " in council " + councilId + "."));
            Validator rules = new Validator();
            for (int i = 0; i < votes.size(); i++) {
                String memberId = votes.get(i).memberId();
                Member m = members.find(c, councilId, memberId).orElse(null);
                String field = "votes[" + i + "].memberId";
                rules.check(m != null, field, "is not a member of this council");
                rules.check(m == null || meeting.attendeeIds().contains(memberId), field, "did not attend the meeting");
                rules.check(m == null || m.voting(), field, "is an advisory guest without vote; the vote cannot count");
            }
            rules.throwIfInvalid();
            Decision decision = MeetingStore.decision(Ids.next(), meetingId, request.text().trim(), votes);
            meetings.insertDecision(c, decision);
            audit.record(c, user, new AuditEvent(MODULE_ID, "Decision", decision.id(), "CREATE",
                    council.municipality()), null, decision);
            return decision;
        });
    }

    Task addTask(CurrentUser user, String councilId, TaskRequest request) {
        access.checkWrite(user, councilId);
        validateTask(request, false);
        return database.inTransaction(c -> {
            Council council = access.writable(c, user, councilId);
            checkTaskMeeting(c, councilId, request);
            Task task = toTask(Ids.next(), councilId, request, 1);
            meetings.insertTask(c, task);
            audit.record(c, user, new AuditEvent(MODULE_ID, "Task", task.id(), "CREATE", council.municipality()),
                    null, task);
            return task;
        });
    }

    Task updateTask(CurrentUser user, String councilId, String taskId, TaskRequest request) {
        access.checkWrite(user, councilId);
        validateTask(request, true);
        return database.inTransaction(c -> {
            Council council = access.writable(c, user, councilId);
            Task before = meetings.findTask(c, councilId, taskId, today())
                    .orElseThrow(() -> new NotFoundException("No task " + taskId + " in council " + councilId + "."));
            checkTaskMeeting(c, councilId, request);
            Task after = toTask(taskId, councilId, request, request.version() + 1);
            meetings.updateTask(c, after, request.version());
            audit.record(c, user, new AuditEvent(MODULE_ID, "Task", taskId, "UPDATE", council.municipality()),
                    before, after);
            return after;
        });
    }

    private static void validateTask(TaskRequest r, boolean update) {
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        new Validator()
                .text("title", r.title(), 1000)
                .text("owner", r.owner(), 200)
                .required("dueOn", r.dueOn())
                .check(!update || r.version() != null, "version", "is required")
                .throwIfInvalid();
    }

    private void checkTaskMeeting(Connection c, String councilId, TaskRequest r) throws SQLException {
        if (r.meetingId() != null && meetings.find(c, councilId, r.meetingId()).isEmpty()) {
            throw new ValidationException("meetingId", "is not a meeting of this council");
        }
    }

    private Task toTask(String id, String councilId, TaskRequest r, int version) {
        boolean overdue = r.doneOn() == null && r.dueOn().isBefore(today());
        return new Task(id, councilId, r.meetingId(), r.title().trim(), r.owner().trim(), r.dueOn(), r.doneOn(),
                overdue, version);
    }

    Page<Task> tasks(CurrentUser user, String councilId, boolean openOnly, PageRequest page) {
        return database.inTransaction(c -> {
            access.read(c, user, councilId);
            Where where = new Where().eq("t.council_id", councilId);
            if (openOnly) {
                where.condition("t.done_on IS NULL");
            }
            return meetings.tasks(c, where, page, today());
        });
    }

    Page<Task> overdueTasks(CurrentUser user, String municipality, LocalDate today, PageRequest page) {
        user.requireAuthenticated();
        LocalDate day = today == null ? today() : today;
        Where where = new Where().condition("t.done_on IS NULL").condition("t.due_on < ?", day)
                .eq("k.ags", municipality);
        CouncilAccess.onlyVisible(user, where, "k.");
        return database.inTransaction(c -> meetings.tasks(c, where, page, day));
    }

    // ------------------------------------------------------------------ printable minutes

    String minutesHtml(CurrentUser user, String councilId, String meetingId) {
        return database.inTransaction(c -> {
            Council council = access.read(c, user, councilId);
            Meeting meeting = meetings.find(c, councilId, meetingId)
                    .orElseThrow(() -> new NotFoundException("No meeting " + meetingId + " in council " + councilId + "."));
            return Documents.minutes(council, meeting, members.list(c, councilId, null),
                    meetings.tasksOfMeeting(c, meetingId, today()));
        });
    }
}
