package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.ProgrammeRules.CATEGORY_PATTERN;
import static org.asskomm.funding.internal.ProgrammeRules.blankToNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.ProofRequest;
import org.asskomm.funding.api.ProofReviewRequest;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;

/** The proof of use (Verwendungsnachweis): what the municipality reports, and the final grant the LPR recognises. */
final class ProofRules {

    private ProofRules() {
    }

    /** The proof the request reports (400 when invalid); the application must be APPROVED (409). */
    static Application.Proof submitted(ProofRequest r, Application a, Instant now) {
        Validator v = new Validator().required("version", r.version()).notEmpty("actualCosts", r.actualCosts())
                .text("report", r.report(), 4000);
        List<Application.ActualCost> costs = r.actualCosts() == null ? List.of() : r.actualCosts();
        for (int i = 0; i < costs.size(); i++) {
            Application.ActualCost cost = costs.get(i);
            String f = "actualCosts[" + i + "]";
            v.rule(cost != null && cost.category() != null && cost.category().matches(CATEGORY_PATTERN),
                    f + ".category", "funding.category");
            v.required(f + ".amount", cost == null ? null : cost.amount()).money(f + ".amount",
                    cost == null ? null : cost.amount());
        }
        v.throwIfInvalid();
        ApplicationRules.requireStatus(a, "funding.action.submitProof", ApplicationStatus.APPROVED);
        List<Application.ActualCost> clean = costs.stream()
                .map(cost -> new Application.ActualCost(cost.category(), FundingMath.cents(cost.amount()))).toList();
        return new Application.Proof(now, clean, null, r.report().trim(), null, null, null, null);
    }

    /** Checks the review (400); the recognised costs cannot exceed the actual ones; the proof must be PROOF_SUBMITTED. */
    static void checkReview(ProofReviewRequest r, Application a) {
        new Validator().required("version", r.version()).required("recognizedCosts", r.recognizedCosts())
                .money("recognizedCosts", r.recognizedCosts()).maxLength("note", r.note(), 4000).throwIfInvalid();
        BigDecimal recognized = FundingMath.cents(r.recognizedCosts());
        if (a.proof() != null && recognized.compareTo(a.proof().actualTotal()) > 0) {
            throw ValidationException.of("recognizedCosts", "funding.proof.aboveActual", a.proof().actualTotal());
        }
        ApplicationRules.requireStatus(a, "funding.action.reviewProof", ApplicationStatus.PROOF_SUBMITTED);
    }

    /** The reviewed proof: final grant = min(committed, funding rate x recognised costs, rounded down). */
    static Application.Proof reviewed(Application a, ProofReviewRequest r, Programme programme, Instant now) {
        BigDecimal recognized = FundingMath.cents(r.recognizedCosts());
        BigDecimal finalGrant = FundingMath.min(a.money().committed(), FundingMath.down(programme.fundingRate()
                .multiply(recognized)));
        Application.Proof p = a.proof();
        return new Application.Proof(p.submittedAt(), p.actualCosts(), p.actualTotal(), p.report(), recognized,
                finalGrant, blankToNull(r.note()), now);
    }
}
