package org.asskomm.funding.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationService;
import org.asskomm.funding.api.ConceptGuidance;
import org.asskomm.funding.api.ConceptService;
import org.asskomm.funding.api.KnownActionFields;
import org.asskomm.funding.api.KnownConsultation;
import org.asskomm.funding.api.LedgerEntry;
import org.asskomm.funding.api.LedgerKind;
import org.asskomm.funding.api.PaymentService;
import org.asskomm.funding.api.ProgrammeService;
import org.asskomm.funding.api.ProofReminder;
import org.asskomm.funding.api.Statistics;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.api.rest.ApiResource;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The ledger, overdue proofs, known consultations and the public statistics of the funding module. */
@Component(service = FundingResource.class)
@ApiResource
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class FundingResource {

    private final ProgrammeService programmes;
    private final ApplicationService applications;
    private final PaymentService payments;
    private final ConceptService concepts;

    @Activate
    public FundingResource(@Reference ProgrammeService programmes, @Reference ApplicationService applications,
                           @Reference PaymentService payments, @Reference ConceptService concepts) {
        this.programmes = programmes;
        this.applications = applications;
        this.payments = payments;
        this.concepts = concepts;
    }

    @GET
    @Path("/ledger")
    @Doc(value = "The money movements of all applications", id = "fundingLedger")
    public Page<LedgerEntry> ledger(@QueryParam("programme") String programme,
                                    @QueryParam("municipality") String municipality,
                                    @QueryParam("kind") @ParamType(LedgerKind.class) String kind,
                                    @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                    @Context CurrentUser user) {
        return payments.ledger(user, programme, null, municipality,
                QueryParams.enumValue("kind", kind, LedgerKind.class), QueryParams.page(offset, limit));
    }

    @GET
    @Path("/proofs/overdue")
    @Doc(value = "Applications whose proof of use is overdue", id = "listOverdueProofs")
    public Page<Application> overdueProofs(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                           @Context CurrentUser user) {
        return applications.overdueProofs(user, QueryParams.page(offset, limit));
    }

    @GET
    @Path("/proofs/reminders")
    @Doc(value = "Proofs of use due within the given days (default 30) or overdue", id = "proofReminders")
    public List<ProofReminder> proofReminders(@QueryParam("days") @ParamType(Integer.class) String days,
                                              @Context CurrentUser user) {
        Integer within = QueryParams.integer("days", days);
        return applications.proofReminders(user, within == null ? 30 : within);
    }

    /** LPR consultations of a municipality that the agreements module reported (empty without it). */
    @GET
    @Path("/consultations")
    @Doc(value = "Consultations known to the funding module", id = "knownConsultations")
    public List<KnownConsultation> consultations(@QueryParam("municipality") String municipality,
                                                 @Context CurrentUser user) {
        return applications.consultations(user, municipality);
    }

    @GET
    @Path("/concept-guidance")
    @Doc(value = "What each step of the project concept asks for", id = "conceptGuidance")
    public List<ConceptGuidance> guidance(@Context CurrentUser user) {
        user.requireAuthenticated();
        return concepts.guidance();
    }

    @GET
    @Path("/action-fields")
    @Doc(value = "Action fields the safety analysis published for a municipality", id = "knownActionFields")
    public List<KnownActionFields> actionFields(@QueryParam("municipality") String municipality,
                                                @Context CurrentUser user) {
        return concepts.actionFields(user, municipality);
    }

    /** Public aggregate figures per programme: no names, no personal data. */
    @GET
    @Path("/statistics")
    @Anonymous
    @Doc(value = "Public statistics of funding programmes", id = "fundingStatistics")
    public List<Statistics> statistics() {
        return programmes.statistics();
    }
}
