package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.ProgrammeRules.CATEGORY_PATTERN;
import static org.asskomm.funding.internal.ProgrammeRules.blankToNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.CostItem;
import org.asskomm.funding.api.ProofRequest;
import org.asskomm.funding.api.ProofReviewRequest;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;

/** The proof of use (Verwendungsnachweis): what the municipality reports, and the final grant the LPR recognises. */
final class ProofRules {

    /** ANBest-K: a category whose actual costs deviate from the plan by more than this share is flagged. */
    static final BigDecimal DEVIATION_LIMIT = new BigDecimal("20");

    private ProofRules() {
    }

    /** The numerical statement: each category of the plan or of the actual costs, planned against actual. */
    static List<Application.Deviation> deviations(List<CostItem> plan, List<Application.ActualCost> actual) {
        Map<String, BigDecimal> planned = new LinkedHashMap<>();
        plan.forEach(item -> planned.merge(item.category(), item.amount(), BigDecimal::add));
        Map<String, BigDecimal> spent = new LinkedHashMap<>();
        actual.forEach(cost -> spent.merge(cost.category(), cost.amount(), BigDecimal::add));
        Set<String> categories = new LinkedHashSet<>(planned.keySet());
        categories.addAll(spent.keySet());
        List<Application.Deviation> result = new ArrayList<>();
        for (String category : categories) {
            BigDecimal p = planned.getOrDefault(category, FundingMath.ZERO);
            BigDecimal a = spent.getOrDefault(category, FundingMath.ZERO);
            BigDecimal difference = a.subtract(p);
            BigDecimal percent = p.signum() == 0 ? null
                    : difference.multiply(BigDecimal.valueOf(100)).divide(p, 1, RoundingMode.HALF_UP);
            boolean flagged = percent == null ? a.signum() > 0 : percent.abs().compareTo(DEVIATION_LIMIT) > 0;
            result.add(new Application.Deviation(category, p, a, difference, percent, flagged));
        }
        return result;
    }

    /**
     * The proof with the figures that follow from it: deviations from the plan and, once reviewed, the outcome, the
     * amount the review reclaimed and the interest per day on a repayment due (rounded down to the cent).
     */
    static Application.Proof complete(Application.Proof p, List<CostItem> plan, Application.Decision decision,
                                      BigDecimal repaymentDue, BigDecimal interestRate) {
        List<Application.Deviation> deviations = deviations(plan, p.actualCosts());
        Application.ProofOutcome outcome = null;
        BigDecimal reclaimed = null;
        BigDecimal interest = null;
        if (p.finalGrant() != null && decision != null && decision.grantedAmount() != null) {
            reclaimed = decision.grantedAmount().subtract(p.finalGrant()).max(FundingMath.ZERO);
            outcome = reclaimed.signum() == 0 ? Application.ProofOutcome.ACCEPTED : p.finalGrant().signum() == 0
                    ? Application.ProofOutcome.FULL_RECLAIM : Application.ProofOutcome.PARTIAL_RECLAIM;
            if (interestRate != null && repaymentDue.signum() > 0) {
                interest = FundingMath.down(repaymentDue.multiply(interestRate)
                        .divide(BigDecimal.valueOf(365), 10, RoundingMode.DOWN));
            }
        }
        return new Application.Proof(p.submittedAt(), p.actualCosts(), p.actualTotal(), p.report(),
                p.recognizedCosts(), p.finalGrant(), p.reviewNote(), p.reviewedAt(), deviations, outcome, reclaimed,
                interest);
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
        return new Application.Proof(now, clean, null, r.report().trim(), null, null, null, null, List.of(), null, null,
                null);
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
                finalGrant, blankToNull(r.note()), now, p.deviations(), null, null, null);
    }
}
