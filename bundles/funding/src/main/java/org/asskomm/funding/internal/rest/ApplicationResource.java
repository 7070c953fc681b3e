package org.asskomm.funding.internal.rest;

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

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationQuery;
import org.asskomm.funding.api.ApplicationRequest;
import org.asskomm.funding.api.ApplicationService;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Calculation;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.LedgerEntry;
import org.asskomm.funding.api.LedgerKind;
import org.asskomm.funding.api.MoneyRequest;
import org.asskomm.funding.api.PaymentService;
import org.asskomm.funding.api.ProofRequest;
import org.asskomm.funding.api.ProofReviewRequest;
import org.asskomm.funding.api.VersionRequest;
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

/** Applications from draft to proof of use, with decisions and money movements. */
@Component(service = ApplicationResource.class)
@ApiResource
@Path("/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    private final ApplicationService applications;
    private final PaymentService payments;

    @Activate
    public ApplicationResource(@Reference ApplicationService applications, @Reference PaymentService payments) {
        this.applications = applications;
        this.payments = payments;
    }

    @GET
    @Doc(value = "List funding applications", id = "listApplications")
    public Page<Application> list(@QueryParam("programme") String programme, @QueryParam("municipality") String ags,
                                  @QueryParam("status") @ParamType(ApplicationStatus.class) String status,
                                  @QueryParam("year") @ParamType(Integer.class) String year,
                                  @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                  @Context CurrentUser user) {
        ApplicationQuery query = new ApplicationQuery(programme, ags,
                QueryParams.enumValue("status", status, ApplicationStatus.class), QueryParams.integer("year", year));
        return applications.applications(user, query, QueryParams.page(offset, limit));
    }

    @POST
    @Doc(value = "Create a funding application (draft)", id = "createApplication", status = 201)
    @Returns(Application.class)
    public Response create(ApplicationRequest request, @Context CurrentUser user) {
        return Responses.created(applications.create(user, ProgrammeResource.body(request)));
    }

    @GET
    @Path("/{id}")
    @Doc(value = "Read a funding application", id = "getApplication")
    public Application get(@PathParam("id") String id, @Context CurrentUser user) {
        return applications.application(user, id);
    }

    @PUT
    @Path("/{id}")
    @Doc(value = "Update a draft application", id = "updateApplication")
    public Application update(@PathParam("id") String id, ApplicationRequest request,
                              @Context CurrentUser user) {
        return applications.update(user, id, ProgrammeResource.body(request));
    }

    /** Why the maximum fundable amount is what it is. */
    @GET
    @Path("/{id}/calculation")
    @Doc(value = "Why the maximum fundable amount is what it is", id = "applicationCalculation")
    public Calculation calculation(@PathParam("id") String id, @Context CurrentUser user) {
        return applications.calculation(user, id);
    }

    @POST
    @Path("/{id}/submit")
    @Doc(value = "Submit an application", id = "submitApplication")
    public Application submit(@PathParam("id") String id, VersionRequest request, @Context CurrentUser user) {
        return applications.submit(user, id, ProgrammeResource.body(request));
    }

    @POST
    @Path("/{id}/review")
    @Doc(value = "Start the review of an application", id = "reviewApplication")
    public Application review(@PathParam("id") String id, VersionRequest request, @Context CurrentUser user) {
        return applications.startReview(user, id, ProgrammeResource.body(request));
    }

    @POST
    @Path("/{id}/withdraw")
    @Doc(value = "Withdraw an application", id = "withdrawApplication")
    public Application withdraw(@PathParam("id") String id, VersionRequest request,
                                @Context CurrentUser user) {
        return applications.withdraw(user, id, ProgrammeResource.body(request));
    }

    @POST
    @Path("/{id}/decision")
    @Doc(value = "Approve or reject an application", id = "decideApplication")
    public Application decide(@PathParam("id") String id, DecisionRequest request, @Context CurrentUser user) {
        return applications.decide(user, id, ProgrammeResource.body(request));
    }

    @GET
    @Path("/{id}/ledger")
    @Doc(value = "The money movements of an application", id = "applicationLedger")
    public Page<LedgerEntry> ledger(@PathParam("id") String id,
                                    @QueryParam("kind") @ParamType(LedgerKind.class) String kind,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                    @Context CurrentUser user) {
        applications.application(user, id);
        return payments.ledger(user, null, id, null, QueryParams.enumValue("kind", kind, LedgerKind.class),
                QueryParams.page(offset, limit));
    }

    @POST
    @Path("/{id}/payouts")
    @Doc(value = "Pay out money for an application", id = "payOutApplication", status = 201)
    @Returns(LedgerEntry.class)
    public Response payout(@PathParam("id") String id, MoneyRequest request, @Context CurrentUser user) {
        return Responses.created(payments.payout(user, id, ProgrammeResource.body(request)));
    }

    @POST
    @Path("/{id}/reclaims")
    @Doc(value = "Reclaim money paid out for an application", id = "reclaimApplication", status = 201)
    @Returns(LedgerEntry.class)
    public Response reclaim(@PathParam("id") String id, MoneyRequest request, @Context CurrentUser user) {
        return Responses.created(payments.reclaim(user, id, ProgrammeResource.body(request)));
    }

    @POST
    @Path("/{id}/repayments")
    @Doc(value = "Record a repayment for an application", id = "recordRepayment", status = 201)
    @Returns(LedgerEntry.class)
    public Response repayment(@PathParam("id") String id, MoneyRequest request, @Context CurrentUser user) {
        return Responses.created(payments.repayment(user, id, ProgrammeResource.body(request)));
    }

    @POST
    @Path("/{id}/proof")
    @Doc(value = "Submit the proof of use of an application", id = "submitProof")
    public Application proof(@PathParam("id") String id, ProofRequest request, @Context CurrentUser user) {
        return applications.submitProof(user, id, ProgrammeResource.body(request));
    }

    @POST
    @Path("/{id}/proof/review")
    @Doc(value = "Accept or reject the proof of use", id = "reviewProof")
    public Application reviewProof(@PathParam("id") String id, ProofReviewRequest request,
                                   @Context CurrentUser user) {
        return applications.reviewProof(user, id, ProgrammeResource.body(request));
    }
}
