package org.asskomm.agreements.internal.rest;

import static org.asskomm.agreements.internal.rest.AgreementResource.required;
import static org.asskomm.agreements.internal.rest.AgreementResource.uuid;

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

import org.asskomm.agreements.api.PurposeAgreement;
import org.asskomm.agreements.api.PurposeAgreementDraft;
import org.asskomm.agreements.api.PurposeAgreementService;
import org.asskomm.agreements.api.PurposeStatus;
import org.asskomm.agreements.api.PurposeTransition;
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

/** {@code /api/v1/agreements/purpose}: purpose agreements (Zweckvereinbarungen) between municipalities. */
@Component(service = PurposeAgreementResource.class)
@ApiResource
@Path("/purpose")
@Produces(MediaType.APPLICATION_JSON)
public class PurposeAgreementResource {

    private final PurposeAgreementService purposes;

    @Activate
    public PurposeAgreementResource(@Reference PurposeAgreementService purposes) {
        this.purposes = purposes;
    }

    @GET
    @Doc(value = "List purpose agreements between municipalities", id = "listPurposeAgreements")
    public Page<PurposeAgreement> list(@QueryParam("municipality") String municipality,
                                       @QueryParam("status") @ParamType(PurposeStatus.class) String status,
                                       @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                       @Context CurrentUser user) {
        return purposes.list(user, municipality,
                QueryParams.enumValue("status", status, PurposeStatus.class), QueryParams.page(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Create a purpose agreement (draft)", id = "createPurposeAgreement", status = 201)
    @Returns(PurposeAgreement.class)
    public Response create(PurposeAgreementDraft draft, @Context CurrentUser user) {
        return Responses.created(purposes.create(user, required(draft)));
    }

    @GET
    @Path("/{id}")
    @Doc(value = "Read a purpose agreement", id = "getPurposeAgreement")
    public PurposeAgreement get(@PathParam("id") @ParamType(UUID.class) String id, @Context CurrentUser user) {
        return purposes.get(user, uuid(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Update a draft purpose agreement", id = "updatePurposeAgreement")
    public PurposeAgreement update(@PathParam("id") @ParamType(UUID.class) String id, PurposeAgreementDraft draft,
                                   @Context CurrentUser user) {
        return purposes.update(user, uuid(id), required(draft));
    }

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Doc(value = "Move a purpose agreement to another status", id = "transitionPurposeAgreement")
    public PurposeAgreement transition(@PathParam("id") @ParamType(UUID.class) String id, PurposeTransition transition,
                                       @Context CurrentUser user) {
        return purposes.transition(user, uuid(id), required(transition));
    }
}
