package org.asskomm.examples.survey.internal.rest;

import java.util.List;
import java.util.Map;
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

import org.asskomm.examples.survey.api.PhaseChange;
import org.asskomm.examples.survey.api.ResponseDraft;
import org.asskomm.examples.survey.api.SafetyIndex;
import org.asskomm.examples.survey.api.Survey;
import org.asskomm.examples.survey.api.SurveyDraft;
import org.asskomm.examples.survey.api.SurveyPhase;
import org.asskomm.examples.survey.api.SurveyService;
import org.asskomm.examples.survey.api.YearComparison;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.QueryParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/survey}: surveys, their phases and returns, the safety index and its comparisons. */
@Component(service = SurveyResource.class)
@ApiResource
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyResource {

    private final SurveyService surveys;

    @Activate
    public SurveyResource(@Reference SurveyService surveys) {
        this.surveys = surveys;
    }

    @GET
    @Path("/surveys")
    public Page<Survey> list(@QueryParam("municipality") String municipality, @QueryParam("year") String year,
                             @QueryParam("phase") String phase, @QueryParam("offset") String offset,
                             @QueryParam("limit") String limit, @Context CurrentUser user) {
        return surveys.list(user, municipality, QueryParams.integer("year", year),
                QueryParams.enumValue("phase", phase, SurveyPhase.class), QueryParams.page(offset, limit));
    }

    @POST
    @Path("/surveys")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response kickOff(SurveyDraft draft, @Context CurrentUser user) {
        return Response.status(Response.Status.CREATED)
                .entity(surveys.kickOff(user, required(draft))).build();
    }

    @GET
    @Path("/surveys/{id}")
    public Survey get(@PathParam("id") String id, @Context CurrentUser user) {
        return surveys.get(user, uuid(id));
    }

    @PUT
    @Path("/surveys/{id}/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    public Survey advance(@PathParam("id") String id, PhaseChange change, @Context CurrentUser user) {
        return surveys.advance(user, uuid(id), required(change));
    }

    /** One returned questionnaire; answers {@code {"responses": <returns entered so far>}}. */
    @POST
    @Path("/surveys/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addResponse(@PathParam("id") String id, ResponseDraft response, @Context CurrentUser user) {
        long entered = surveys.addResponse(user, uuid(id), required(response));
        return Response.status(Response.Status.CREATED).entity(Map.of("responses", entered)).build();
    }

    @GET
    @Path("/surveys/{id}/index")
    public SafetyIndex index(@PathParam("id") String id, @Context CurrentUser user) {
        return surveys.index(user, uuid(id));
    }

    @GET
    @Path("/comparison/{municipality}")
    public List<YearComparison> comparison(@PathParam("municipality") String municipality,
                                           @Context CurrentUser user) {
        return surveys.comparison(user, municipality);
    }

    @GET
    @Path("/statewide")
    public SafetyIndex stateWide(@QueryParam("year") String year, @Context CurrentUser user) {
        Integer y = QueryParams.integer("year", year);
        if (y == null) {
            throw new ValidationException("year", "is required");
        }
        return surveys.stateWide(user, y);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("id", "must be a UUID");
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new ValidationException("body", "is required");
        }
        return body;
    }
}
