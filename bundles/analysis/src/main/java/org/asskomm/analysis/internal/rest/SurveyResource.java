package org.asskomm.analysis.internal.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

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
    public List<SurveyItem> items(@Context CurrentUser user) {
        user.requireAuthenticated();
        return responses.items();
    }

    /** The safety index of the analysed municipalities side by side (own rows only for municipal staff). */
    @GET
    @Path("/comparison")
    public SurveyComparison comparison(@Context CurrentUser user) {
        return responses.compare(user);
    }

    @GET
    @Path("/{id}")
    public Survey get(@PathParam("id") String id, @Context CurrentUser user) {
        return surveys.get(user, Params.id(id));
    }

    /** The register extract as body (docs/analysis-guide.md); replaces an earlier one until the mailing. */
    @POST
    @Path("/{id}/register")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Survey register(@PathParam("id") String id, InputStream body, @Context CurrentUser user)
            throws IOException {
        return surveys.uploadRegister(user, Params.id(id), Params.upload(body));
    }

    @POST
    @Path("/{id}/sample")
    @Consumes(MediaType.APPLICATION_JSON)
    public Sample sample(@PathParam("id") String id, SampleRequest request, @Context CurrentUser user) {
        return surveys.sample(user, Params.id(id), Params.body(request));
    }

    @GET
    @Path("/{id}/sample")
    public Sample currentSample(@PathParam("id") String id, @Context CurrentUser user) {
        return surveys.currentSample(user, Params.id(id));
    }

    /** Once only: the mailing list with the one-time codes; names and addresses are deleted with it. */
    @POST
    @Path("/{id}/mailing-list")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response mailingList(@PathParam("id") String id, @Context CurrentUser user) {
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
    public Response respond(@PathParam("id") String id, ResponseDraft draft, @Context CurrentUser user) {
        return Responses.created(responses.respond(user, Params.id(id), Params.body(draft)));
    }

    @GET
    @Path("/{id}/results")
    public SurveyResults results(@PathParam("id") String id, @Context CurrentUser user) {
        return responses.results(user, Params.id(id));
    }
}
