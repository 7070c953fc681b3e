package org.asskomm.funding.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The funding programme from application to proof of use. Municipal staff apply for their own
 * municipalities and see their own applications; LPR staff run programmes, decide, pay and review.
 * Every change of committed, paid or reclaimed money is an append-only {@link LedgerEntry}.
 */
@ProviderType
public interface FundingService {

    String MODULE_ID = "funding";

    Programme createProgramme(CurrentUser user, ProgrammeRequest request);

    Programme updateProgramme(CurrentUser user, String id, ProgrammeRequest request);

    Programme programme(CurrentUser user, String id);

    Page<Programme> programmes(CurrentUser user, Integer year, PageRequest page);

    Application create(CurrentUser user, ApplicationRequest request);

    Application update(CurrentUser user, String id, ApplicationRequest request);

    Application application(CurrentUser user, String id);

    Page<Application> applications(CurrentUser user, ApplicationQuery query, PageRequest page);

    /** How the maximum fundable amount of the application follows from its cost plan and the programme. */
    Calculation calculation(CurrentUser user, String id);

    Application submit(CurrentUser user, String id, VersionRequest request);

    Application startReview(CurrentUser user, String id, VersionRequest request);

    Application withdraw(CurrentUser user, String id, VersionRequest request);

    /** Approves (fully or partly) or rejects; an approval commits budget under the programme's row lock. */
    Application decide(CurrentUser user, String id, DecisionRequest request);

    LedgerEntry payout(CurrentUser user, String id, MoneyRequest request);

    Application submitProof(CurrentUser user, String id, ProofRequest request);

    Application reviewProof(CurrentUser user, String id, ProofReviewRequest request);

    LedgerEntry reclaim(CurrentUser user, String id, MoneyRequest request);

    LedgerEntry repayment(CurrentUser user, String id, MoneyRequest request);

    Page<LedgerEntry> ledger(CurrentUser user, String programmeId, String applicationId, String municipality,
                             LedgerKind kind, PageRequest page);

    /** Approved applications whose proof of use is past its due date and not yet submitted. */
    Page<Application> overdueProofs(CurrentUser user, PageRequest page);

    List<ReportRow> report(CurrentUser user, String programmeId, ReportDimension dimension);

    /** Public, anonymous figures per programme. */
    List<Statistics> statistics();

    List<KnownConsultation> consultations(CurrentUser user, String municipality);
}
