package org.asskomm.coaching.internal.rest;

import static org.asskomm.platform.api.rest.Responses.created;

import java.util.List;
import java.util.UUID;

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

import org.asskomm.coaching.api.Assignment;
import org.asskomm.coaching.api.AssignmentEnd;
import org.asskomm.coaching.api.AssignmentRequest;
import org.asskomm.coaching.api.ChecklistUpdate;
import org.asskomm.coaching.api.Coach;
import org.asskomm.coaching.api.CoachRequest;
import org.asskomm.coaching.api.CoachingService;
import org.asskomm.coaching.api.CoachingSession;
import org.asskomm.coaching.api.SessionRequest;
import org.asskomm.coaching.api.Workload;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/coaching}: the pool of coaches, assignments with their checklist, sessions, workload. */
@Component(service = CoachingResource.class)
@ApiResource
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CoachingResource {

    private final CoachingService service;

    @Activate
    public CoachingResource(@Reference CoachingService service) {
        this.service = service;
    }

    @GET
    @Path("/coaches")
    @Doc(value = "List the pool of coaches, optionally of a region or with a topic", id = "listCoaches")
    public Page<Coach> coaches(@QueryParam("region") String region, @QueryParam("topic") String topic,
                               @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                               @Context CurrentUser user) {
        return service.coaches(user, region, topic, QueryParams.page(offset, limit));
    }

    @POST
    @Path("/coaches")
    @Doc(value = "Add a coach to the pool", id = "createCoach", status = 201)
    @Returns(Coach.class)
    public Response createCoach(CoachRequest request, @Context CurrentUser user) {
        return created(service.createCoach(user, QueryParams.requiredBody("body", request)));
    }

    @GET
    @Path("/coaches/{id}")
    @Doc(value = "Show a coach", id = "getCoach")
    public Coach coach(@PathParam("id") String id, @Context CurrentUser user) {
        return service.coach(user, QueryParams.uuid("id", id));
    }

    @PUT
    @Path("/coaches/{id}")
    @Doc(value = "Change a coach's regions, topics and capacity", id = "updateCoach")
    public Coach updateCoach(@PathParam("id") String id, CoachRequest request, @Context CurrentUser user) {
        return service.updateCoach(user, QueryParams.uuid("id", id), QueryParams.requiredBody("body", request));
    }

    @GET
    @Path("/workload")
    @Doc(value = "Workload per coach: running assignments against capacity, sessions of the last twelve months",
            id = "coachWorkload")
    public List<Workload> workload(@QueryParam("asOf") String asOf, @Context CurrentUser user) {
        return service.workload(user, QueryParams.date("asOf", asOf));
    }

    @GET
    @Path("/assignments")
    @Doc(value = "List assignments of coaches to municipalities", id = "listAssignments")
    public Page<Assignment> assignments(@QueryParam("municipality") String municipality,
                                        @QueryParam("coachId") String coachId, @QueryParam("active") String active,
                                        @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                        @Context CurrentUser user) {
        UUID coach = coachId == null ? null : QueryParams.uuid("coachId", coachId);
        return service.assignments(user, municipality, coach, bool("active", active), QueryParams.page(offset, limit));
    }

    @POST
    @Path("/assignments")
    @Doc(value = "Assign a coach to a municipality's prevention coordinator", id = "createAssignment", status = 201)
    @Returns(Assignment.class)
    public Response assign(AssignmentRequest request, @Context CurrentUser user) {
        return created(service.assign(user, QueryParams.requiredBody("body", request)));
    }

    @GET
    @Path("/assignments/{id}")
    @Doc(value = "Show an assignment with its checklist", id = "getAssignment")
    public Assignment assignment(@PathParam("id") String id, @Context CurrentUser user) {
        return service.assignment(user, QueryParams.uuid("id", id));
    }

    @POST
    @Path("/assignments/{id}/end")
    @Doc(value = "End an assignment", id = "endAssignment")
    public Assignment end(@PathParam("id") String id, AssignmentEnd end, @Context CurrentUser user) {
        return service.end(user, QueryParams.uuid("id", id), QueryParams.requiredBody("body", end));
    }

    @PUT
    @Path("/assignments/{id}/checklist")
    @Doc(value = "Mark a success condition met or not met", id = "updateChecklist")
    public Assignment check(@PathParam("id") String id, ChecklistUpdate update, @Context CurrentUser user) {
        return service.check(user, QueryParams.uuid("id", id), QueryParams.requiredBody("body", update));
    }

    @GET
    @Path("/assignments/{id}/sessions")
    @Doc(value = "The session log of an assignment", id = "listSessions")
    public List<CoachingSession> sessions(@PathParam("id") String id, @Context CurrentUser user) {
        return service.sessions(user, QueryParams.uuid("id", id));
    }

    @POST
    @Path("/assignments/{id}/sessions")
    @Doc(value = "Log a coaching session", id = "logSession", status = 201)
    @Returns(CoachingSession.class)
    public Response logSession(@PathParam("id") String id, SessionRequest request, @Context CurrentUser user) {
        return created(service.logSession(user, QueryParams.uuid("id", id), QueryParams.requiredBody("body", request)));
    }

    private static Boolean bool(String name, String raw) {
        if (raw == null) {
            return null;
        }
        if (!raw.equals("true") && !raw.equals("false")) {
            throw ValidationException.of(name, "validation.boolean");
        }
        return Boolean.valueOf(raw);
    }
}
