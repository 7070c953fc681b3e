package org.asskomm.funding.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Third-party recipients of an application: their shares, the payouts of their shares (ledger lines that name the
 * recipient, so the ledger shows the chain programme - municipality - recipient) and their proofs of use.
 */
@ProviderType
public interface RecipientService {

    /** Before the proof of use: the shares of all recipients may not exceed the grant (409). */
    Recipient addRecipient(CurrentUser user, String applicationId, RecipientRequest request);

    List<Recipient> recipients(CurrentUser user, String applicationId);

    /** The LPR pays out (part of) a recipient's share through the municipality; the payout limits of the grant hold. */
    LedgerEntry payRecipient(CurrentUser user, String applicationId, String recipientId, MoneyRequest request);

    /** The municipality submits the recipient's proof of use (the application must be approved). */
    Recipient submitRecipientProof(CurrentUser user, String applicationId, String recipientId,
                                   RecipientProofRequest request);
}
