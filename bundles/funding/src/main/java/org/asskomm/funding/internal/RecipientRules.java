package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.util.List;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Recipient;
import org.asskomm.funding.api.RecipientProofRequest;
import org.asskomm.funding.api.RecipientRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.Validator;

/** The rules of third-party recipients: their shares fit into the grant, their proofs come after the approval. */
final class RecipientRules {

    private RecipientRules() {
    }

    /** 400 for bad input; 409 when the application is past its proof or the shares would exceed the grant. */
    static void checkNew(RecipientRequest r, Application a, List<Recipient> existing) {
        new Validator().required("version", r.version()).text("name", r.name(), 200).maxLength("role", r.role(), 400)
                .required("share", r.share()).money("share", r.share())
                .rule(r.share() == null || r.share().signum() > 0, "share", "validation.positive").throwIfInvalid();
        ApplicationRules.requireStatus(a, "funding.action.addRecipient", ApplicationStatus.DRAFT,
                ApplicationStatus.SUBMITTED, ApplicationStatus.UNDER_REVIEW, ApplicationStatus.APPROVED);
        BigDecimal limit = a.decision() != null && a.decision().grantedAmount() != null
                ? a.money().committed() : a.requestedAmount();
        BigDecimal shares = existing.stream().map(Recipient::share).reduce(FundingMath.ZERO, BigDecimal::add);
        BigDecimal share = FundingMath.cents(r.share());
        if (shares.add(share).compareTo(limit) > 0) {
            throw ConflictException.of("funding.recipient.sharesExceed", share, a.title(), shares, limit);
        }
    }

    static void checkProof(RecipientProofRequest r, Application a, Recipient recipient) {
        new Validator().required("version", r.version()).required("actualCosts", r.actualCosts())
                .money("actualCosts", r.actualCosts())
                .rule(r.actualCosts() == null || r.actualCosts().signum() >= 0, "actualCosts", "validation.positive")
                .text("report", r.report(), 4000).throwIfInvalid();
        ApplicationRules.requireStatus(a, "funding.action.recipientProof", ApplicationStatus.APPROVED,
                ApplicationStatus.PROOF_SUBMITTED);
        if (recipient.proofSubmittedAt() != null) {
            throw ConflictException.of("funding.recipient.proofTwice", recipient.name(), recipient.proofSubmittedAt());
        }
    }
}
