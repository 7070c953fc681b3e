package org.asskomm.councils.api;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Coordination offices and prevention councils. Every method checks the user: writes need the right to act
 * for the council's lead municipality and the module enabled there; reads are limited to what the user may see.
 */
@ProviderType
public interface CouncilService {

    String MODULE_ID = "councils";

    // --- councils and lifecycle
    Council create(CurrentUser user, CouncilRequest request);

    /**
     * Opens the municipality's council as PLANNED with a coordination office to be set up, unless the
     * municipality already belongs to a local council (idempotent; the reaction to a signed agreement).
     *
     * @return the new council, or null when one existed
     */
    Council openPlannedIfAbsent(CurrentUser user, String ags, LocalDate plannedOn, String note);

    Council get(CurrentUser user, String councilId);

    /** Filters are optional (null = any). */
    Page<Council> list(CurrentUser user, String municipality, CouncilStatus status, String district, PageRequest page);

    Council update(CurrentUser user, String councilId, CouncilUpdate update);

    Council changeStatus(CurrentUser user, String councilId, StatusChange change);

    List<StatusHistoryEntry> history(CurrentUser user, String councilId);

    // --- coordination office
    CoordinationOffice office(CurrentUser user, String councilId);

    CoordinationOffice updateOffice(CurrentUser user, String councilId, OfficeUpdate update);

    // --- members
    Member addMember(CurrentUser user, String councilId, MemberRequest request);

    Member updateMember(CurrentUser user, String councilId, String memberId, MemberRequest request);

    /** Members on the given day (all, past included, when {@code at} is null). */
    List<Member> members(CurrentUser user, String councilId, LocalDate at);

    Composition composition(CurrentUser user, String councilId, LocalDate at);

    // --- action fields and working groups
    List<ActionField> actionFields();

    /** LPR admins only. */
    ActionField addActionField(CurrentUser user, ActionField field);

    WorkingGroup addWorkingGroup(CurrentUser user, String councilId, WorkingGroupRequest request);

    WorkingGroup updateWorkingGroup(CurrentUser user, String councilId, String groupId, WorkingGroupRequest request);

    List<WorkingGroup> workingGroups(CurrentUser user, String councilId);

    // --- meetings, decisions, tasks
    Meeting addMeeting(CurrentUser user, String councilId, MeetingRequest request);

    Meeting updateMeeting(CurrentUser user, String councilId, String meetingId, MeetingRequest request);

    Meeting meeting(CurrentUser user, String councilId, String meetingId);

    Page<Meeting> meetings(CurrentUser user, String councilId, Integer year, PageRequest page);

    Decision addDecision(CurrentUser user, String councilId, String meetingId, DecisionRequest request);

    Task addTask(CurrentUser user, String councilId, TaskRequest request);

    Task updateTask(CurrentUser user, String councilId, String taskId, TaskRequest request);

    Page<Task> tasks(CurrentUser user, String councilId, boolean openOnly, PageRequest page);

    /** Tasks past their due date and not done, of every council the user may read. */
    Page<Task> overdueTasks(CurrentUser user, String municipality, LocalDate today, PageRequest page);

    // --- printable documents and statistics
    String minutesHtml(CurrentUser user, String councilId, String meetingId);

    String yearlyReportHtml(CurrentUser user, String councilId, int year);

    CouncilStatistics statistics();
}
