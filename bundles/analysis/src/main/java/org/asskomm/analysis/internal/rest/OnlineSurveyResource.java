package org.asskomm.analysis.internal.rest;

import java.util.UUID;

import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.analysis.api.ResponseDraft;
import org.asskomm.analysis.api.ResponseService;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/analysis/online}: residents answer online with the one-time code of their letter, without an
 * account. The answer is 201 with no body: nothing of the stored response is echoed to an anonymous caller.
 */
@Component(service = OnlineSurveyResource.class)
@ApiResource
@Path("/online")
@Produces(MediaType.APPLICATION_JSON)
public class OnlineSurveyResource {

    private final ResponseService responses;

    @Activate
    public OnlineSurveyResource(@Reference ResponseService responses) {
        this.responses = responses;
    }

    @POST
    @Path("/surveys/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Anonymous
    @Doc(value = "Answer a survey online with the one-time code of the letter", id = "respondOnline", status = 201)
    public Response respond(@PathParam("id") @ParamType(UUID.class) String id, ResponseDraft draft) {
        responses.respondOnline(Params.id(id), Params.body(draft));
        return Response.status(Response.Status.CREATED).build();
    }
}
