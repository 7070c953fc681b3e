package org.asskomm.analysis.internal.rest;

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

import org.asskomm.analysis.api.Analysis;
import org.asskomm.analysis.api.AnalysisChange;
import org.asskomm.analysis.api.AnalysisDraft;
import org.asskomm.analysis.api.AnalysisPhase;
import org.asskomm.analysis.api.AnalysisService;
import org.asskomm.analysis.api.AnalysisStatus;
import org.asskomm.analysis.api.PhaseChange;
import org.asskomm.analysis.api.PublishRequest;
import org.asskomm.analysis.api.RecommendationService;
import org.asskomm.analysis.api.Recommendations;
import org.asskomm.analysis.api.Survey;
import org.asskomm.analysis.api.SurveyService;
import org.asskomm.analysis.internal.ReportRegistry;
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

/** {@code /api/v1/analysis/analyses}: analysis projects, their phases, and the start of their survey. */
@Component(service = AnalysisResource.class)
@ApiResource
@Path("/analyses")
@Produces(MediaType.APPLICATION_JSON)
public class AnalysisResource {

    private final AnalysisService analyses;
    private final SurveyService surveys;
    private final RecommendationService recommendations;
    private final ReportRegistry reports;

    @Activate
    public AnalysisResource(@Reference AnalysisService analyses, @Reference SurveyService surveys,
                            @Reference RecommendationService recommendations, @Reference ReportRegistry reports) {
        this.analyses = analyses;
        this.surveys = surveys;
        this.recommendations = recommendations;
        this.reports = reports;
    }

    @GET
    @Doc(value = "List safety analyses", id = "listAnalyses")
    public Page<Analysis> list(@QueryParam("municipality") String municipality, @QueryParam("status") @ParamType(AnalysisStatus.class) String status,
                               @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                               @Context CurrentUser user) {
        return analyses.list(user, municipality, QueryParams.enumValue("status", status, AnalysisStatus.class),
                QueryParams.page(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Returns(Analysis.class)
    @Doc(value = "Create a safety analysis", id = "createAnalysis", status = 201)
    public Response create(AnalysisDraft draft, @Context CurrentUser user) {
        return Responses.created(analyses.create(user, Params.body(draft)));
    }

    @GET
    @Path("/{id}")
    @Doc(value = "Read a safety analysis", id = "getAnalysis")
    public Analysis get(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return analyses.get(user, Params.id(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Update a safety analysis (title, responsible person, status)", id = "updateAnalysis")
    public Analysis update(@PathParam("id") @ParamType(UUID.class) String id, AnalysisChange change, @Context CurrentUser user) {
        return analyses.update(user, Params.id(id), Params.body(change));
    }

    @PUT
    @Path("/{id}/phases/{phase}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Plan a phase of an analysis or record its progress", id = "changeAnalysisPhase")
    public Analysis phase(@PathParam("id") @ParamType(UUID.class) String id, @PathParam("phase") @ParamType(AnalysisPhase.class) String phase, PhaseChange change,
                          @Context CurrentUser user) {
        AnalysisPhase p = QueryParams.enumValue("phase", phase, AnalysisPhase.class);
        return analyses.changePhase(user, Params.id(id), p, Params.body(change));
    }

    /** Starts the analysis's citizen survey (one per analysis). */
    @POST
    @Path("/{id}/survey")
    @Returns(Survey.class)
    @Doc(value = "Start the citizen survey of an analysis", id = "createAnalysisSurvey", status = 201)
    public Response startSurvey(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return Responses.created(surveys.create(user, Params.id(id)));
    }

    @GET
    @Path("/{id}/survey")
    @Doc(value = "Read the citizen survey of an analysis", id = "getAnalysisSurvey")
    public Survey survey(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return surveys.ofAnalysis(user, Params.id(id));
    }

    /** The problems ranked by prevalence x severity, with their evidence. */
    @GET
    @Path("/{id}/recommendations")
    @Doc(value = "Recommended measures from the survey ranking", id = "getAnalysisRecommendations")
    public Recommendations recommendations(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return recommendations.recommendations(user, Params.id(id));
    }

    /** Publishes the top problems as action fields (event ACTION_FIELDS_PUBLISHED for the councils module). */
    @POST
    @Path("/{id}/recommendations/publish")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Publish the top problems as action fields", id = "publishAnalysisActionFields")
    public Recommendations publish(@PathParam("id") @ParamType(UUID.class) String id, PublishRequest request, @Context CurrentUser user) {
        return recommendations.publish(user, Params.id(id), Params.body(request));
    }

    @GET
    @Path("/{id}/report")
    @Produces(MediaType.TEXT_HTML)
    @Doc(value = "The analysis report as HTML", id = "getAnalysisReport")
    public String report(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return reports.html(user, Params.id(id));
    }

    @GET
    @Path("/{id}/report/pdf")
    @Produces("application/pdf")
    @Doc(value = "The analysis report as PDF", id = "getAnalysisReportPdf")
    public Response reportPdf(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return Response.ok(reports.pdf(user, Params.id(id)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"sicherheitsanalyse-" + id + ".pdf\"").build();
    }
}
