package org.asskomm.examples.reports.internal.rest;

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

import org.asskomm.examples.reports.api.Report;
import org.asskomm.examples.reports.api.ReportCategory;
import org.asskomm.examples.reports.api.ReportDraft;
import org.asskomm.examples.reports.api.ReportService;
import org.asskomm.examples.reports.api.ReportStatus;
import org.asskomm.examples.reports.api.StatusChange;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/citizenreports}: citizens' reports and their status. */
@Component(service = ReportResource.class)
@ApiResource
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    private final ReportService reports;

    @Activate
    public ReportResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/reports")
    @Doc(value = "List citizens' reports of the municipalities the user may read", id = "listCitizenReports")
    public Page<Report> list(@QueryParam("municipality") String municipality,
                             @QueryParam("category") @ParamType(ReportCategory.class) String category,
                             @QueryParam("status") @ParamType(ReportStatus.class) String status,
                             @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                             @Context CurrentUser user) {
        return reports.list(user, municipality, QueryParams.enumValue("category", category, ReportCategory.class),
                QueryParams.enumValue("status", status, ReportStatus.class), QueryParams.page(offset, limit));
    }

    @POST
    @Path("/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Record a citizen's report (a place described or given by coordinates)", id = "createCitizenReport",
            status = 201)
    public Response create(ReportDraft draft, @Context CurrentUser user) {
        return Response.status(Response.Status.CREATED).entity(reports.create(user, required(draft))).build();
    }

    @GET
    @Path("/reports/{id}")
    @Doc(value = "One citizen's report", id = "getCitizenReport")
    public Report get(@PathParam("id") String id, @Context CurrentUser user) {
        return reports.get(user, uuid(id));
    }

    @PUT
    @Path("/reports/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Move a report to its next status (RECEIVED, IN_PROGRESS, RESOLVED)", id = "changeCitizenReportStatus")
    public Report changeStatus(@PathParam("id") String id, StatusChange change, @Context CurrentUser user) {
        return reports.changeStatus(user, uuid(id), required(change));
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("id", "validation.uuid");
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw ValidationException.of("body", "validation.required");
        }
        return body;
    }
}
