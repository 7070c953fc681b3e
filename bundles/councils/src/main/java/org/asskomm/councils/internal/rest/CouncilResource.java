package org.asskomm.councils.internal.rest;

import static org.asskomm.platform.api.rest.Responses.created;

import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.councils.api.ActionField;
import org.asskomm.councils.api.ActionProposal;
import org.asskomm.councils.api.Composition;
import org.asskomm.councils.api.CoordinationOffice;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilReportService;
import org.asskomm.councils.api.CouncilRequest;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.councils.api.CouncilStatistics;
import org.asskomm.councils.api.CouncilStatus;
import org.asskomm.councils.api.CouncilUpdate;
import org.asskomm.councils.api.Decision;
import org.asskomm.councils.api.DecisionRequest;
import org.asskomm.councils.api.Meeting;
import org.asskomm.councils.api.MeetingRequest;
import org.asskomm.councils.api.MeetingService;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.MemberRequest;
import org.asskomm.councils.api.MemberService;
import org.asskomm.councils.api.OfficeUpdate;
import org.asskomm.councils.api.StatusChange;
import org.asskomm.councils.api.StatusHistoryEntry;
import org.asskomm.councils.api.Task;
import org.asskomm.councils.api.TaskRequest;
import org.asskomm.councils.api.TaskService;
import org.asskomm.councils.api.WorkingGroup;
import org.asskomm.councils.api.WorkingGroupRequest;
import org.asskomm.councils.api.WorkingGroupService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/councils}: councils, their office, members, working groups, meetings, tasks, documents. */
@Component(service = CouncilResource.class)
@ApiResource
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CouncilResource {

    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    private final CouncilService service;
    private final MemberService members;
    private final WorkingGroupService groups;
    private final MeetingService meetings;
    private final TaskService tasks;
    private final CouncilReportService reports;

    @Activate
    public CouncilResource(@Reference CouncilService service, @Reference MemberService members,
                           @Reference WorkingGroupService groups, @Reference MeetingService meetings,
                           @Reference TaskService tasks, @Reference CouncilReportService reports) {
        this.service = service;
        this.members = members;
        this.groups = groups;
        this.meetings = meetings;
        this.tasks = tasks;
        this.reports = reports;
    }

    // --- councils

    @GET
    @Doc(value = "List prevention councils", id = "listCouncils")
    public Page<Council> list(@QueryParam("municipality") String municipality,
                              @QueryParam("status") @ParamType(CouncilStatus.class) String status,
                              @QueryParam("district") String district, @QueryParam("offset") String offset,
                              @QueryParam("limit") String limit, @Context CurrentUser user) {
        return service.list(user, municipality, QueryParams.enumValue("status", status, CouncilStatus.class),
                district, QueryParams.page(offset, limit));
    }

    @POST
    @Doc(value = "Found a prevention council", id = "createCouncil", status = 201)
    @Returns(Council.class)
    public Response create(CouncilRequest request, @Context CurrentUser user) {
        return created(service.create(user, request));
    }

    @GET
    @Path("/statistics")
    @Anonymous
    @Doc(value = "Public statistics of councils", id = "councilStatistics")
    public CouncilStatistics statistics() {
        return reports.statistics();
    }

    @GET
    @Path("/action-fields")
    @Doc(value = "List the fields of action", id = "listActionFields")
    public List<ActionField> actionFields() {
        return groups.actionFields();
    }

    @POST
    @Path("/action-fields")
    @Doc(value = "Add a field of action", id = "addActionField", status = 201)
    @Returns(ActionField.class)
    public Response addActionField(ActionField field, @Context CurrentUser user) {
        return created(groups.addActionField(user, field));
    }

    @GET
    @Path("/tasks/overdue")
    @Doc(value = "List overdue tasks of all councils", id = "listOverdueTasks")
    public Page<Task> overdue(@QueryParam("municipality") String municipality, @QueryParam("offset") String offset,
                              @QueryParam("limit") String limit, @Context CurrentUser user) {
        return tasks.overdueTasks(user, municipality, null, QueryParams.page(offset, limit));
    }

    @GET
    @Path("/{councilId}")
    @Doc(value = "Read a council", id = "getCouncil")
    public Council get(@PathParam("councilId") String councilId, @Context CurrentUser user) {
        return service.get(user, councilId);
    }

    @PUT
    @Path("/{councilId}")
    @Doc(value = "Update a council", id = "updateCouncil")
    public Council update(@PathParam("councilId") String councilId, CouncilUpdate update,
                          @Context CurrentUser user) {
        return service.update(user, councilId, update);
    }

    @POST
    @Path("/{councilId}/status")
    @Doc(value = "Change the status of a council", id = "changeCouncilStatus")
    public Council changeStatus(@PathParam("councilId") String councilId, StatusChange change,
                                @Context CurrentUser user) {
        return service.changeStatus(user, councilId, change);
    }

    @GET
    @Path("/{councilId}/history")
    @Doc(value = "The status history of a council", id = "councilStatusHistory")
    public List<StatusHistoryEntry> history(@PathParam("councilId") String councilId, @Context CurrentUser user) {
        return service.history(user, councilId);
    }

    // --- coordination office

    @GET
    @Path("/{councilId}/office")
    @Doc(value = "Read the coordination office of a council", id = "getCoordinationOffice")
    public CoordinationOffice office(@PathParam("councilId") String councilId, @Context CurrentUser user) {
        return service.office(user, councilId);
    }

    @PUT
    @Path("/{councilId}/office")
    @Doc(value = "Update the coordination office of a council", id = "updateCoordinationOffice")
    public CoordinationOffice updateOffice(@PathParam("councilId") String councilId, OfficeUpdate update,
                                          @Context CurrentUser user) {
        return service.updateOffice(user, councilId, update);
    }

    // --- members

    @GET
    @Path("/{councilId}/members")
    @Doc(value = "List the members of a council (at a date)", id = "listCouncilMembers")
    public List<Member> members(@PathParam("councilId") String councilId,
                                @QueryParam("at") @ParamType(LocalDate.class) String at,
                                @Context CurrentUser user) {
        return members.members(user, councilId, QueryParams.date("at", at));
    }

    @POST
    @Path("/{councilId}/members")
    @Doc(value = "Add a member to a council", id = "addCouncilMember", status = 201)
    @Returns(Member.class)
    public Response addMember(@PathParam("councilId") String councilId, MemberRequest request,
                              @Context CurrentUser user) {
        return created(members.addMember(user, councilId, request));
    }

    @PUT
    @Path("/{councilId}/members/{memberId}")
    @Doc(value = "Update a member of a council", id = "updateCouncilMember")
    public Member updateMember(@PathParam("councilId") String councilId, @PathParam("memberId") String memberId,
                               MemberRequest request, @Context CurrentUser user) {
        return members.updateMember(user, councilId, memberId, request);
    }

    @GET
    @Path("/{councilId}/composition")
    @Doc(value = "The composition of a council (at a date)", id = "councilComposition")
    public Composition composition(@PathParam("councilId") String councilId,
                                   @QueryParam("at") @ParamType(LocalDate.class) String at,
                                   @Context CurrentUser user) {
        return members.composition(user, councilId, QueryParams.date("at", at));
    }

    // --- working groups

    @GET
    @Path("/{councilId}/action-proposals")
    @Doc(value = "List the action fields other modules proposed to the council (e.g. a safety analysis)",
            id = "listActionProposals")
    public List<ActionProposal> actionProposals(@PathParam("councilId") String councilId, @Context CurrentUser user) {
        return groups.actionProposals(user, councilId);
    }

    @GET
    @Path("/{councilId}/working-groups")
    @Doc(value = "List the working groups of a council", id = "listWorkingGroups")
    public List<WorkingGroup> workingGroups(@PathParam("councilId") String councilId, @Context CurrentUser user) {
        return groups.workingGroups(user, councilId);
    }

    @POST
    @Path("/{councilId}/working-groups")
    @Doc(value = "Add a working group to a council", id = "addWorkingGroup", status = 201)
    @Returns(WorkingGroup.class)
    public Response addWorkingGroup(@PathParam("councilId") String councilId, WorkingGroupRequest request,
                                    @Context CurrentUser user) {
        return created(groups.addWorkingGroup(user, councilId, request));
    }

    @PUT
    @Path("/{councilId}/working-groups/{groupId}")
    @Doc(value = "Update a working group", id = "updateWorkingGroup")
    public WorkingGroup updateWorkingGroup(@PathParam("councilId") String councilId, @PathParam("groupId") String groupId,
                                           WorkingGroupRequest request, @Context CurrentUser user) {
        return groups.updateWorkingGroup(user, councilId, groupId, request);
    }

    // --- meetings

    @GET
    @Path("/{councilId}/meetings")
    @Doc(value = "List the meetings of a council", id = "listMeetings")
    public Page<Meeting> meetings(@PathParam("councilId") String councilId,
                                  @QueryParam("year") @ParamType(Integer.class) String year,
                                  @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                  @Context CurrentUser user) {
        return meetings.meetings(user, councilId, QueryParams.integer("year", year),
                QueryParams.page(offset, limit));
    }

    @POST
    @Path("/{councilId}/meetings")
    @Doc(value = "Plan a meeting of a council", id = "addMeeting", status = 201)
    @Returns(Meeting.class)
    public Response addMeeting(@PathParam("councilId") String councilId, MeetingRequest request,
                               @Context CurrentUser user) {
        return created(meetings.addMeeting(user, councilId, request));
    }

    @GET
    @Path("/{councilId}/meetings/{meetingId}")
    @Doc(value = "Read a meeting", id = "getMeeting")
    public Meeting meeting(@PathParam("councilId") String councilId, @PathParam("meetingId") String meetingId,
                           @Context CurrentUser user) {
        return meetings.meeting(user, councilId, meetingId);
    }

    @PUT
    @Path("/{councilId}/meetings/{meetingId}")
    @Doc(value = "Update a meeting", id = "updateMeeting")
    public Meeting updateMeeting(@PathParam("councilId") String councilId, @PathParam("meetingId") String meetingId,
                                 MeetingRequest request, @Context CurrentUser user) {
        return meetings.updateMeeting(user, councilId, meetingId, request);
    }

    @POST
    @Path("/{councilId}/meetings/{meetingId}/decisions")
    @Doc(value = "Record a decision of a meeting", id = "addMeetingDecision", status = 201)
    @Returns(Decision.class)
    public Response addDecision(@PathParam("councilId") String councilId, @PathParam("meetingId") String meetingId,
                                DecisionRequest request, @Context CurrentUser user) {
        return created(meetings.addDecision(user, councilId, meetingId, request));
    }

    /** The minutes as a printable HTML page (print to PDF in the browser). */
    @GET
    @Path("/{councilId}/meetings/{meetingId}/minutes")
    @Produces(HTML)
    @Doc(value = "The minutes of a meeting as text", id = "meetingMinutes")
    public String minutes(@PathParam("councilId") String councilId, @PathParam("meetingId") String meetingId,
                          @Context CurrentUser user) {
        return meetings.minutesHtml(user, councilId, meetingId);
    }

    // --- tasks

    @GET
    @Path("/{councilId}/tasks")
    @Doc(value = "List the tasks of a council", id = "listCouncilTasks")
    public Page<Task> tasks(@PathParam("councilId") String councilId,
                            @QueryParam("open") @ParamType(Boolean.class) String open,
                            @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                            @Context CurrentUser user) {
        return tasks.tasks(user, councilId, flag("open", open), QueryParams.page(offset, limit));
    }

    @POST
    @Path("/{councilId}/tasks")
    @Doc(value = "Add a task to a council", id = "addCouncilTask", status = 201)
    @Returns(Task.class)
    public Response addTask(@PathParam("councilId") String councilId, TaskRequest request,
                            @Context CurrentUser user) {
        return created(tasks.addTask(user, councilId, request));
    }

    @PUT
    @Path("/{councilId}/tasks/{taskId}")
    @Doc(value = "Update a task of a council", id = "updateCouncilTask")
    public Task updateTask(@PathParam("councilId") String councilId, @PathParam("taskId") String taskId,
                           TaskRequest request, @Context CurrentUser user) {
        return tasks.updateTask(user, councilId, taskId, request);
    }

    /** The yearly prevention report the municipality sends to the LPR, as a printable HTML page. */
    @GET
    @Path("/{councilId}/report")
    @Produces(HTML)
    @Doc(value = "The annual report of a council as text", id = "councilReport")
    public String report(@PathParam("councilId") String councilId,
                         @QueryParam("year") @ParamType(Integer.class) String year,
                         @Context CurrentUser user) {
        service.get(user, councilId);  // 404 for others' councils before any parameter check
        Integer y = QueryParams.integer("year", year);
        if (y == null) {
            throw ValidationException.of("year", "validation.required");
        }
        return reports.yearlyReportHtml(user, councilId, y);
    }

    private static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
            throw ValidationException.of(name, "validation.boolean");
        }
        return Boolean.parseBoolean(raw);
    }
}
