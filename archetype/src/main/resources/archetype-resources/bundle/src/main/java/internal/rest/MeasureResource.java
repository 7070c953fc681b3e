package ${package}.internal.rest;

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

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.QueryParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ${package}.api.Measure;
import ${package}.api.MeasureDraft;
import ${package}.api.MeasureService;
import ${package}.api.MeasureStatus;
import ${package}.api.MeasureTransition;

/**
 * {@code /api/v1/${moduleId}/measures}. Joins the platform's JAX-RS application, which brings JSON,
 * problem+json errors, authentication and the OpenAPI document. Query parameters are taken as strings
 * and parsed with {@link QueryParams}, so that bad values give 400 naming the parameter.
 */
@Component(service = MeasureResource.class)
@ApiResource
@Path("/measures")
@Produces(MediaType.APPLICATION_JSON)
public class MeasureResource {

    private final MeasureService measures;

    @Activate
    public MeasureResource(@Reference MeasureService measures) {
        this.measures = measures;
    }

    @GET
    public Page<Measure> list(@QueryParam("municipality") String municipality, @QueryParam("status") String status,
                              @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                              @Context CurrentUser user) {
        return measures.list(user, municipality,
                QueryParams.enumValue("status", status, MeasureStatus.class), QueryParams.page(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(MeasureDraft draft, @Context CurrentUser user) {
        return Response.status(Response.Status.CREATED)
                .entity(measures.create(user, required(draft))).build();
    }

    @GET
    @Path("/{id}")
    public Measure get(@PathParam("id") String id, @Context CurrentUser user) {
        return measures.get(user, uuid(id));
    }

    @PUT
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public Measure transition(@PathParam("id") String id, MeasureTransition transition,
                              @Context CurrentUser user) {
        return measures.transition(user, uuid(id), required(transition));
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
