package org.asskomm.councils.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.Task;
import org.asskomm.councils.api.TaskRequest;
import org.asskomm.councils.api.TaskService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.platform.api.write.Entity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The tasks councils give out, with their owner and due date, and the overdue ones across councils. */
@Component(service = TaskService.class)
public class TaskRegistry implements TaskService {

    private final CouncilAccess access;
    private final MeetingStore meetings = new MeetingStore();

    @Activate
    public TaskRegistry(@Reference CouncilAccess access) {
        this.access = access;
    }

    /** A task says whether it is overdue, as of the day it is loaded. */
    private Entity<Task> task(Council council) {
        LocalDate today = access.today();
        return CouncilAccess.partOf(council, "Task", (c, id) -> meetings.findTask(c, council.id(), id.toString(), today))
                .versioned(Task::version);
    }

    @Override
    public Task addTask(CurrentUser user, String councilId, TaskRequest request) {
        return access.create(user, councilId, () -> validate(request, false), this::task, (c, id) -> {
            checkMeeting(c, councilId, request);
            meetings.insertTask(c, toTask(id.toString(), councilId, request, 1));
        });
    }

    @Override
    public Task updateTask(CurrentUser user, String councilId, String taskId, TaskRequest request) {
        return access.update(user, councilId, () -> validate(request, true), this::task, taskId)
                .expectVersion(request.version())
                .apply((c, before) -> {
                    checkMeeting(c, councilId, request);
                    meetings.updateTask(c, toTask(taskId, councilId, request, before.version() + 1), before.version());
                });
    }

    private static void validate(TaskRequest r, boolean update) {
        if (r == null) {
            throw ValidationException.of("body", "validation.required");
        }
        new Validator()
                .text("title", r.title(), 1000)
                .text("owner", r.owner(), 200)
                .required("dueOn", r.dueOn())
                .rule(!update || r.version() != null, "version", "validation.required")
                .throwIfInvalid();
    }

    private void checkMeeting(Connection c, String councilId, TaskRequest r) throws SQLException {
        if (r.meetingId() != null && meetings.find(c, councilId, r.meetingId()).isEmpty()) {
            throw ValidationException.of("meetingId", "councils.meeting.notOfCouncil");
        }
    }

    private static Task toTask(String id, String councilId, TaskRequest r, int version) {
        // overdue is computed when the task is loaded
        return new Task(id, councilId, r.meetingId(), r.title().trim(), r.owner().trim(), r.dueOn(), r.doneOn(),
                false, version);
    }

    @Override
    public Page<Task> tasks(CurrentUser user, String councilId, boolean openOnly, PageRequest page) {
        return access.database().inTransaction(c -> {
            access.read(c, user, councilId);
            Where where = new Where().eq("t.council_id", councilId);
            if (openOnly) {
                where.condition("t.done_on IS NULL");
            }
            return meetings.tasks(c, where, page, access.today());
        });
    }

    @Override
    public Page<Task> overdueTasks(CurrentUser user, String municipality, LocalDate today, PageRequest page) {
        user.requireAuthenticated();
        LocalDate day = today == null ? access.today() : today;
        Where where = new Where().condition("t.done_on IS NULL").condition("t.due_on < ?", day)
                .eq("k.ags", municipality);
        CouncilAccess.onlyVisible(user, where, "k.");
        return access.database().inTransaction(c -> meetings.tasks(c, where, page, day));
    }
}
