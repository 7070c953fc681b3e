package org.asskomm.funding.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Applications from draft to proof of use. Municipal staff apply for their own municipalities and see their own
 * applications; LPR staff review, decide and review the proof of use. Money moves through the append-only
 * ledger: a decision commits, a proof review reclaims what was not spent ({@link PaymentService} for the rest).
 */
@ProviderType
public interface ApplicationService {

    Application create(CurrentUser user, ApplicationRequest request);

    Application update(CurrentUser user, String id, ApplicationRequest request);

    Application application(CurrentUser user, String id);

    Page<Application> applications(CurrentUser user, ApplicationQuery query, PageRequest page);

    /** How the maximum fundable amount of the application follows from its cost plan and the programme. */
    Calculation calculation(CurrentUser user, String id);

    Application submit(CurrentUser user, String id, VersionRequest request);

    Application startReview(CurrentUser user, String id, VersionRequest request);

    Application withdraw(CurrentUser user, String id, VersionRequest request);

    /**
     * Approves (fully or partly) or rejects, in one transaction: an approval commits budget under the programme's
     * row lock, so the programme is never over-committed.
     */
    Application decide(CurrentUser user, String id, DecisionRequest request);

    Application submitProof(CurrentUser user, String id, ProofRequest request);

    /** Closes the application with its final grant; what was committed beyond it is reclaimed. */
    Application reviewProof(CurrentUser user, String id, ProofReviewRequest request);

    /** Approved applications whose proof of use is past its due date and not yet submitted. */
    Page<Application> overdueProofs(CurrentUser user, PageRequest page);

    /**
     * Reminders of the proof-of-use deadlines: approved applications whose proof is due within {@code days} days
     * (1 to 365) or overdue, the earliest first.
     */
    List<ProofReminder> proofReminders(CurrentUser user, int days);

    /** The LPR consultations of a municipality that the agreements module reported (empty without it). */
    List<KnownConsultation> consultations(CurrentUser user, String municipality);
}
