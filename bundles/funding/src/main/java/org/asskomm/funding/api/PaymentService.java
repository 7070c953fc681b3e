package org.asskomm.funding.api;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Money movements on approved applications, booked by the LPR as append-only {@link LedgerEntry ledger lines},
 * and the ledger itself.
 */
@ProviderType
public interface PaymentService {

    /** Pays out up to what remains payable; reimbursement-only applications only once they are closed. */
    LedgerEntry payout(CurrentUser user, String id, MoneyRequest request);

    /** Takes back part of the committed grant (a note says why); the budget becomes available again. */
    LedgerEntry reclaim(CurrentUser user, String id, MoneyRequest request);

    /** Books money paid back, up to the repayment due. */
    LedgerEntry repayment(CurrentUser user, String id, MoneyRequest request);

    Page<LedgerEntry> ledger(CurrentUser user, String programmeId, String applicationId, String municipality,
                             LedgerKind kind, PageRequest page);
}
