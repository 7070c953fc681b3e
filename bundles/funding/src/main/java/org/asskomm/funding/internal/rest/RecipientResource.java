package org.asskomm.funding.internal.rest;

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

import org.asskomm.funding.api.LedgerEntry;
import org.asskomm.funding.api.MoneyRequest;
import org.asskomm.funding.api.Recipient;
import org.asskomm.funding.api.RecipientProofRequest;
import org.asskomm.funding.api.RecipientRequest;
import org.asskomm.funding.api.RecipientService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.Responses;
import org.asskomm.platform.api.rest.Returns;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Third-party recipients of an application: shares, payouts of the shares, proofs of use. */
@Component(service = RecipientResource.class)
@ApiResource
@Path("/applications/{id}/recipients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecipientResource {

    private final RecipientService recipients;

    @Activate
    public RecipientResource(@Reference RecipientService recipients) {
        this.recipients = recipients;
    }

    @GET
    @Doc(value = "The third-party recipients of an application with their shares and payouts", id = "listRecipients")
    public List<Recipient> list(@PathParam("id") String id, @Context CurrentUser user) {
        return recipients.recipients(user, id);
    }

    @POST
    @Doc(value = "Name a third-party recipient with its share of the grant", id = "addRecipient", status = 201)
    @Returns(Recipient.class)
    public Response add(@PathParam("id") String id, RecipientRequest request, @Context CurrentUser user) {
        return Responses.created(recipients.addRecipient(user, id, ProgrammeResource.body(request)));
    }

    @POST
    @Path("/{recipientId}/payouts")
    @Doc(value = "Pay out (part of) a recipient's share through the municipality", id = "payRecipient", status = 201)
    @Returns(LedgerEntry.class)
    public Response pay(@PathParam("id") String id, @PathParam("recipientId") String recipientId, MoneyRequest request,
                        @Context CurrentUser user) {
        return Responses.created(recipients.payRecipient(user, id, recipientId, ProgrammeResource.body(request)));
    }

    @POST
    @Path("/{recipientId}/proof")
    @Doc(value = "Submit a recipient's proof of use", id = "submitRecipientProof")
    public Recipient proof(@PathParam("id") String id, @PathParam("recipientId") String recipientId,
                           RecipientProofRequest request, @Context CurrentUser user) {
        return recipients.submitRecipientProof(user, id, recipientId, ProgrammeResource.body(request));
    }
}
