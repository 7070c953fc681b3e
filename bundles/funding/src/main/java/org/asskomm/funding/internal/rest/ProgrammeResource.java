package org.asskomm.funding.internal.rest;

import java.math.BigDecimal;
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

import org.asskomm.funding.api.ImpactService;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeImpact;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.funding.api.ProgrammeService;
import org.asskomm.funding.api.Publication;
import org.asskomm.funding.api.PublicationRequest;
import org.asskomm.funding.api.PublicResults;
import org.asskomm.funding.api.ReportDimension;
import org.asskomm.funding.api.ReportRow;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Responses;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Funding programmes (LPR), their figures from the ledger and their budget reports. */
@Component(service = ProgrammeResource.class)
@ApiResource
@Path("/programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    private final ProgrammeService programmes;
    private final ImpactService impacts;
    private final PublicResults publication;

    @Activate
    public ProgrammeResource(@Reference ProgrammeService programmes, @Reference ImpactService impacts,
                             @Reference PublicResults publication) {
        this.programmes = programmes;
        this.impacts = impacts;
        this.publication = publication;
    }

    @GET
    @Path("/{id}/publication")
    @Doc(value = "Whether the programme's funded projects appear on the public transparency page",
            id = "getFundingProgrammePublication")
    public Publication publication(@PathParam("id") String id, @Context CurrentUser user) {
        return publication.publication(user, id);
    }

    @PUT
    @Path("/{id}/publication")
    @Doc(value = "Publish the programme's funded projects on the public transparency page, or stop (LPR admins)",
            id = "putFundingProgrammePublication")
    public Publication setPublication(@PathParam("id") String id, PublicationRequest request,
                                      @Context CurrentUser user) {
        return publication.setPublication(user, id, QueryParams.requiredBody("body", request));
    }

    /** What the programme's projects achieved: outputs and the projects' traffic lights. */
    @GET
    @Path("/{id}/impact")
    @Doc(value = "Impact report of a programme across its projects", id = "fundingProgrammeImpact")
    public ProgrammeImpact impact(@PathParam("id") String id, @Context CurrentUser user) {
        return impacts.programmeImpact(user, id);
    }

    @GET
    @Doc(value = "List funding programmes", id = "listFundingProgrammes")
    public Page<Programme> list(@QueryParam("year") @ParamType(Integer.class) String year,
                                @QueryParam("offset") String offset,
                                @QueryParam("limit") String limit, @Context CurrentUser user) {
        return programmes.programmes(user, QueryParams.integer("year", year), QueryParams.page(offset, limit));
    }

    @POST
    @Doc(value = "Create a funding programme", id = "createFundingProgramme", status = 201)
    @Returns(Programme.class)
    public Response create(ProgrammeRequest request, @Context CurrentUser user) {
        return Responses.created(programmes.createProgramme(user, body(request)));
    }

    @GET
    @Path("/{id}")
    @Doc(value = "Read a funding programme", id = "getFundingProgramme")
    public Programme get(@PathParam("id") String id, @Context CurrentUser user) {
        return programmes.programme(user, id);
    }

    @PUT
    @Path("/{id}")
    @Doc(value = "Update a funding programme", id = "updateFundingProgramme")
    public Programme update(@PathParam("id") String id, ProgrammeRequest request, @Context CurrentUser user) {
        return programmes.updateProgramme(user, id, body(request));
    }

    /** Budget use grouped by {@code by} = programme, district, municipality or action_field. */
    @GET
    @Path("/{id}/report")
    @Doc(value = "Report of a programme by municipality or status", id = "fundingProgrammeReport")
    public List<ReportRow> report(@PathParam("id") String id, @QueryParam("by") String by,
                                  @Context CurrentUser user) {
        return programmes.report(user, id, dimension(by));
    }

    /** The same report as CSV (comma-separated, amounts with a point and two decimals). */
    @GET
    @Path("/{id}/report.csv")
    @Produces("text/csv")
    @Doc(value = "Report of a programme as CSV", id = "fundingProgrammeReportCsv")
    public Response reportCsv(@PathParam("id") String id, @QueryParam("by") String by,
                              @Context CurrentUser user) {
        ReportDimension dimension = dimension(by);
        List<ReportRow> rows = programmes.report(user, id, dimension);
        StringBuilder csv = new StringBuilder(dimension.name().toLowerCase())
                .append(",granted,reclaimed,committed,paid,repaid,applications\r\n");
        for (ReportRow r : rows) {
            csv.append(Csv.field(r.key())).append(',').append(plain(r.granted())).append(',')
                    .append(plain(r.reclaimed())).append(',').append(plain(r.committed())).append(',')
                    .append(plain(r.paid())).append(',').append(plain(r.repaid())).append(',')
                    .append(r.applications()).append("\r\n");
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"funding-" + id + "-"
                        + dimension.name().toLowerCase() + ".csv\"").build();
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }

    private static ReportDimension dimension(String by) {
        ReportDimension d = QueryParams.enumValue("by", by, ReportDimension.class);
        return d == null ? ReportDimension.PROGRAMME : d;
    }

    static <T> T body(T request) {
        if (request == null) {
            throw org.asskomm.platform.api.error.ValidationException.of("body", "validation.required");
        }
        return request;
    }
}
