package org.asskomm.patrol.internal.rest;

import static org.asskomm.platform.api.rest.Responses.created;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

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

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundRequest;
import org.asskomm.patrol.api.CompoundService;
import org.asskomm.patrol.api.CostKey;
import org.asskomm.patrol.api.CostKeyRequest;
import org.asskomm.patrol.api.CostStatement;
import org.asskomm.patrol.api.Coverage;
import org.asskomm.patrol.api.LogRequest;
import org.asskomm.patrol.api.OffenceCategory;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.OfficerRequest;
import org.asskomm.patrol.api.PatrolLog;
import org.asskomm.patrol.api.PatrolLogService;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.patrol.api.Plan;
import org.asskomm.patrol.api.PlanRequest;
import org.asskomm.patrol.api.PlanningService;
import org.asskomm.patrol.api.ResourceRequest;
import org.asskomm.patrol.api.ResourceService;
import org.asskomm.patrol.api.SharedResource;
import org.asskomm.patrol.api.StatementService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** REST API of the patrol module under {@code /api/v1/patrol}. */
@Component(service = PatrolResource.class)
@ApiResource
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class PatrolResource {

    private final CompoundService compounds;
    private final ResourceService resources;
    private final PlanningService planning;
    private final PatrolLogService logs;
    private final StatementService statements;

    @Activate
    public PatrolResource(@Reference CompoundService compounds, @Reference ResourceService resources,
                          @Reference PlanningService planning, @Reference PatrolLogService logs,
                          @Reference StatementService statements) {
        this.compounds = compounds;
        this.resources = resources;
        this.planning = planning;
        this.logs = logs;
        this.statements = statements;
    }

    @GET
    @Path("/compounds")
    @Doc(value = "List police patrol compounds", id = "listCompounds")
    public Page<Compound> compounds(@QueryParam("municipality") String municipality,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                                @Context CurrentUser user) {
        return compounds.compounds(user, municipality, QueryParams.page(offset, limit));
    }

    @POST
    @Path("/compounds")
    @Doc(value = "Create a patrol compound", id = "createCompound", status = 201)
    @Returns(Compound.class)
    public Response createCompound(CompoundRequest request, @Context CurrentUser user) {
        return created(compounds.createCompound(user, request));
    }

    @GET
    @Path("/compounds/{id}")
    @Doc(value = "Read a patrol compound", id = "getCompound")
    public Compound compound(@PathParam("id") String id, @Context CurrentUser user) {
        return compounds.compound(user, id);
    }

    @PUT
    @Path("/compounds/{id}")
    @Doc(value = "Update a patrol compound", id = "updateCompound")
    public Compound updateCompound(@PathParam("id") String id, CompoundRequest request,
                                   @Context CurrentUser user) {
        return compounds.updateCompound(user, id, request);
    }

    @GET
    @Path("/compounds/{id}/cost-keys")
    @Doc(value = "List the cost keys of a compound", id = "listCostKeys")
    public List<CostKey> costKeys(@PathParam("id") String id, @Context CurrentUser user) {
        return compounds.costKeys(user, id);
    }

    @POST
    @Path("/compounds/{id}/cost-keys")
    @Doc(value = "Add a cost key to a compound", id = "addCostKey", status = 201)
    @Returns(CostKey.class)
    public Response addCostKey(@PathParam("id") String id, CostKeyRequest request, @Context CurrentUser user) {
        return created(compounds.addCostKey(user, id, request));
    }

    @GET
    @Path("/compounds/{id}/resources")
    @Doc(value = "List the shared resources of a compound", id = "listSharedResources")
    public List<SharedResource> resources(@PathParam("id") String id, @Context CurrentUser user) {
        return resources.resources(user, id);
    }

    @POST
    @Path("/compounds/{id}/resources")
    @Doc(value = "Add a shared resource to a compound", id = "addSharedResource", status = 201)
    @Returns(SharedResource.class)
    public Response addResource(@PathParam("id") String id, ResourceRequest request,
                                @Context CurrentUser user) {
        return created(resources.addResource(user, id, request));
    }

    @PUT
    @Path("/compounds/{id}/resources/{resourceId}")
    @Doc(value = "Update a shared resource", id = "updateSharedResource")
    public SharedResource updateResource(@PathParam("id") String id, @PathParam("resourceId") String resourceId,
                                         ResourceRequest request, @Context CurrentUser user) {
        return resources.updateResource(user, id, resourceId, request);
    }

    @GET
    @Path("/compounds/{id}/officers")
    @Doc(value = "List the officers of a compound", id = "listOfficers")
    public List<Officer> officers(@PathParam("id") String id, @Context CurrentUser user) {
        return resources.officers(user, id);
    }

    @POST
    @Path("/compounds/{id}/officers")
    @Doc(value = "Add an officer to a compound with travel mode and authorities (legal scope)", id = "addOfficer",
            status = 201)
    @Returns(Officer.class)
    public Response addOfficer(@PathParam("id") String id, OfficerRequest request, @Context CurrentUser user) {
        return created(resources.addOfficer(user, id, request));
    }

    @PUT
    @Path("/compounds/{id}/officers/{officerId}")
    @Doc(value = "Update an officer", id = "updateOfficer")
    public Officer updateOfficer(@PathParam("id") String id, @PathParam("officerId") String officerId,
                                 OfficerRequest request, @Context CurrentUser user) {
        return resources.updateOfficer(user, id, officerId, request);
    }

    @GET
    @Path("/compounds/{id}/places")
    @Doc(value = "List the places of a compound", id = "listPlaces")
    public Page<Place> places(@PathParam("id") String id, @QueryParam("municipality") String municipality,
                              @QueryParam("untouched") @ParamType(Boolean.class) String untouched,
                              @QueryParam("offset") String offset,
                              @QueryParam("limit") String limit, @Context CurrentUser user) {
        return planning.places(user, id, municipality, RestParams.bool("untouched", untouched), QueryParams.page(offset, limit));
    }

    @POST
    @Path("/compounds/{id}/places")
    @Doc(value = "Add a place to a compound", id = "addPlace", status = 201)
    @Returns(Place.class)
    public Response addPlace(@PathParam("id") String id, PlaceRequest request, @Context CurrentUser user) {
        return created(planning.addPlace(user, id, request));
    }

    @PUT
    @Path("/compounds/{id}/places/{placeId}")
    @Doc(value = "Update a place", id = "updatePlace")
    public Place updatePlace(@PathParam("id") String id, @PathParam("placeId") String placeId, PlaceRequest request,
                             @Context CurrentUser user) {
        return planning.updatePlace(user, id, placeId, request);
    }

    @POST
    @Path("/compounds/{id}/plans")
    @Doc(value = "Plan patrols for a period: tours within each officer's authority, with travel, breaks, stays, "
            + "the reason for each place and the plan's utilisation", id = "createPlan", status = 201)
    @Returns(Plan.class)
    public Response createPlan(@PathParam("id") String id, PlanRequest request, @Context CurrentUser user) {
        return created(planning.createPlan(user, id, request));
    }

    @GET
    @Path("/compounds/{id}/plans/{planId}")
    @Doc(value = "Read a patrol plan", id = "getPlan")
    public Plan plan(@PathParam("id") String id, @PathParam("planId") String planId,
                     @Context CurrentUser user) {
        return planning.plan(user, id, planId);
    }

    @GET
    @Path("/compounds/{id}/logs")
    @Doc(value = "List the patrol logs of a compound", id = "listPatrolLogs")
    public Page<PatrolLog> logs(@PathParam("id") String id, @QueryParam("municipality") String municipality,
                                @QueryParam("from") @ParamType(LocalDate.class) String from,
                                @QueryParam("to") @ParamType(LocalDate.class) String to,
                                @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                            @Context CurrentUser user) {
        return logs.logs(user, id, municipality, QueryParams.date("from", from), QueryParams.date("to", to),
                QueryParams.page(offset, limit));
    }

    @POST
    @Path("/compounds/{id}/logs")
    @Doc(value = "Record a patrol log (refused for an officer without authority for its municipality on its day)",
            id = "addPatrolLog", status = 201)
    @Returns(PatrolLog.class)
    public Response addLog(@PathParam("id") String id, LogRequest request, @Context CurrentUser user) {
        return created(logs.addLog(user, id, request));
    }

    @GET
    @Path("/compounds/{id}/coverage")
    @Doc(value = "How well the places of a compound are covered", id = "compoundCoverage")
    public Coverage coverage(@PathParam("id") String id, @QueryParam("days") @ParamType(Integer.class) String days,
                             @QueryParam("asOf") @ParamType(LocalDate.class) String asOf, @Context CurrentUser user) {
        Integer d = QueryParams.integer("days", days);
        return statements.coverage(user, id, d == null ? 30 : d, QueryParams.date("asOf", asOf));
    }

    @GET
    @Path("/compounds/{id}/statements/{month}")
    @Doc(value = "The monthly cost statement of a compound", id = "costStatement")
    public CostStatement statement(@PathParam("id") String id,
                                   @PathParam("month") @ParamType(YearMonth.class) String month,
                                   @Context CurrentUser user) {
        return statements.statement(user, id, month(month));
    }

    @GET
    @Path("/compounds/{id}/statements/{month}/csv")
    @Produces("text/csv")
    @Doc(value = "The monthly cost statement of a compound as CSV", id = "costStatementCsv")
    public Response statementCsv(@PathParam("id") String id,
                                 @PathParam("month") @ParamType(YearMonth.class) String month,
                                 @Context CurrentUser user) {
        CostStatement statement = statements.statement(user, id, month(month));
        return Response.ok(StatementFormats.csv(statement), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"cost-statement-" + statement.month() + ".csv\"")
                .build();
    }

    @GET
    @Path("/compounds/{id}/statements/{month}/html")
    @Produces(MediaType.TEXT_HTML)
    @Doc(value = "The monthly cost statement of a compound as HTML", id = "costStatementHtml")
    public Response statementHtml(@PathParam("id") String id,
                                  @PathParam("month") @ParamType(YearMonth.class) String month,
                                  @Context CurrentUser user) {
        return Response.ok(StatementFormats.html(statements.statement(user, id, month(month))),
                "text/html; charset=UTF-8").build();
    }

    @GET
    @Path("/compounds/{id}/statements/{month}/pdf")
    @Produces("application/pdf")
    @Doc(value = "The monthly cost statement of a compound as PDF", id = "costStatementPdf")
    public Response statementPdf(@PathParam("id") String id,
                                 @PathParam("month") @ParamType(YearMonth.class) String month,
                                 @Context CurrentUser user) {
        CostStatement statement = statements.statement(user, id, month(month));
        return Response.ok(StatementFormats.pdf(statement), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"cost-statement-" + statement.month() + ".pdf\"")
                .build();
    }

    @GET
    @Path("/offence-categories")
    @Doc(value = "List the offence categories", id = "listOffenceCategories")
    public List<OffenceCategory> offenceCategories(@Context CurrentUser user) {
        user.requireAuthenticated();
        return logs.offenceCategories();
    }

    @POST
    @Path("/offence-categories")
    @Doc(value = "Add an offence category", id = "addOffenceCategory", status = 201)
    @Returns(OffenceCategory.class)
    public Response addOffenceCategory(OffenceCategory category, @Context CurrentUser user) {
        return created(logs.addOffenceCategory(user, category));
    }

    private static YearMonth month(String raw) {
        try {
            return YearMonth.parse(raw);
        } catch (DateTimeParseException | NullPointerException e) {
            throw ValidationException.of("month", "patrol.month");
        }
    }
}
