package org.asskomm.agreements.internal.rest;

import static org.asskomm.agreements.internal.rest.AgreementResource.required;
import static org.asskomm.agreements.internal.rest.AgreementResource.uuid;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.agreements.api.Consultation;
import org.asskomm.agreements.api.ConsultationDraft;
import org.asskomm.agreements.api.ConsultationService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.Responses;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import java.util.UUID;

/** {@code /api/v1/agreements/consultations}: the LPR's consultations (Beratungen). */
@Component(service = ConsultationResource.class)
@ApiResource
@Path("/consultations")
@Produces(MediaType.APPLICATION_JSON)
public class ConsultationResource {

    private final ConsultationService consultations;

    @Activate
    public ConsultationResource(@Reference ConsultationService consultations) {
        this.consultations = consultations;
    }

    @GET
    @Doc(value = "List consultations", id = "listConsultations")
    public Page<Consultation> list(@QueryParam("municipality") String municipality,
                                   @QueryParam("year") @ParamType(Integer.class) String year,
                                   @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                   @Context CurrentUser user) {
        return consultations.list(user, municipality, QueryParams.integer("year", year),
                QueryParams.page(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Record a consultation", id = "recordConsultation", status = 201)
    @Returns(Consultation.class)
    public Response record(ConsultationDraft draft, @Context CurrentUser user) {
        return Responses.created(consultations.record(user, required(draft)));
    }

    @GET
    @Path("/{id}")
    @Doc(value = "Read a consultation", id = "getConsultation")
    public Consultation get(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return consultations.get(user, uuid(id));
    }
}
