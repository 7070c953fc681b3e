package org.asskomm.analysis.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.analysis.api.ResponseDraft;
import org.asskomm.analysis.api.ResponseService;
import org.asskomm.analysis.api.Sample;
import org.asskomm.analysis.api.SampleRequest;
import org.asskomm.analysis.api.Survey;
import org.asskomm.analysis.api.SurveyComparison;
import org.asskomm.analysis.api.SurveyItem;
import org.asskomm.analysis.api.SurveyResponse;
import org.asskomm.analysis.api.SurveyResults;
import org.asskomm.analysis.api.SurveyService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.Responses;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/analysis/surveys}: register extract, sample, mailing list (which deletes names and addresses),
 * responses entered from paper, results.
 */
@Component(service = SurveyResource.class)
@ApiResource
@Path("/surveys")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    private final SurveyService surveys;
    private final ResponseService responses;

    @Activate
    public SurveyResource(@Reference SurveyService surveys, @Reference ResponseService responses) {
        this.surveys = surveys;
        this.responses = responses;
    }

    @GET
    @Path("/items")
    @Doc(value = "The item bank of the citizen survey", id = "listSurveyItems")
    public List<SurveyItem> items(@Context CurrentUser user) {
        user.requireAuthenticated();
        return responses.items();
    }

    /** The safety index of the analysed municipalities side by side (own rows only for municipal staff). */
    @GET
    @Path("/comparison")
    @Doc(value = "Compare the surveys of the municipalities", id = "getSurveyComparison")
    public SurveyComparison comparison(@Context CurrentUser user) {
        return responses.compare(user);
    }

    @GET
    @Path("/{id}")
    @Doc(value = "Read a citizen survey", id = "getSurvey")
    public Survey get(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return surveys.get(user, Params.id(id));
    }

    /** The register extract as body (docs/analysis-guide.md); replaces an earlier one until the mailing. */
    @POST
    @Path("/{id}/register")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Doc(value = "Upload the register extract of the residents (CSV)", id = "uploadSurveyRegister")
    public Survey register(@PathParam("id") @ParamType(UUID.class) String id, InputStream body, @Context CurrentUser user)
            throws IOException {
        return surveys.uploadRegister(user, Params.id(id), Params.upload(body));
    }

    @POST
    @Path("/{id}/sample")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Draw the sample of the survey", id = "drawSurveySample")
    public Sample sample(@PathParam("id") @ParamType(UUID.class) String id, SampleRequest request, @Context CurrentUser user) {
        return surveys.sample(user, Params.id(id), Params.body(request));
    }

    @GET
    @Path("/{id}/sample")
    @Doc(value = "Read the drawn sample", id = "getSurveySample")
    public Sample currentSample(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return surveys.currentSample(user, Params.id(id));
    }

    /** Once only: the mailing list with the one-time codes; names and addresses are deleted with it. */
    @POST
    @Path("/{id}/mailing-list")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Doc(value = "Export the mailing list once and delete the personal data", id = "exportSurveyMailingList")
    public Response mailingList(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        String csv = surveys.exportMailingList(user, Params.id(id));
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"versand-" + id + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    /** A questionnaire returned on paper (or an online one typed in by staff, with its code). */
    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Returns(SurveyResponse.class)
    @Doc(value = "Record a survey response (typed in from paper)", id = "recordSurveyResponse", status = 201)
    public Response respond(@PathParam("id") @ParamType(UUID.class) String id, ResponseDraft draft, @Context CurrentUser user) {
        return Responses.created(responses.respond(user, Params.id(id), Params.body(draft)));
    }

    @GET
    @Path("/{id}/results")
    @Doc(value = "The results of a survey", id = "getSurveyResults")
    public SurveyResults results(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return responses.results(user, Params.id(id));
    }
}
