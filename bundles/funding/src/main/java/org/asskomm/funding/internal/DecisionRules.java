package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.ProgrammeRules.blankToNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Calculation;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.Validator;

/** The LPR's decision on an application: what a valid decision says, and what the budget still allows. */
final class DecisionRules {

    private DecisionRules() {
    }

    /** Checks the request against the application and its programme (400s); the status must be UNDER_REVIEW (409). */
    static void check(DecisionRequest r, Application a, Programme programme) {
        Validator v = new Validator().required("outcome", r.outcome()).required("version", r.version())
                .maxLength("conditions", r.conditions(), 4000).maxLength("reason", r.reason(), 4000)
                .maxLength("exceptionJustification", r.exceptionJustification(), 2000);
        if (r.outcome() == DecisionOutcome.APPROVED) {
            v.required("grantedAmount", r.grantedAmount()).money("grantedAmount", r.grantedAmount());
            v.rule(r.grantedAmount() == null || r.grantedAmount().signum() > 0, "grantedAmount", "validation.positive");
        } else if (r.outcome() == DecisionOutcome.REJECTED) {
            v.text("reason", r.reason(), 4000);
            v.rule(r.grantedAmount() == null, "grantedAmount", "funding.decision.noAmountOnRejection");
        }
        v.throwIfInvalid();
        BigDecimal granted = granted(r);
        if (granted != null) {
            Calculation calc = FundingMath.calculate(programme, a.costPlan());
            v.rule(granted.compareTo(a.requestedAmount()) <= 0, "grantedAmount",
                    "funding.decision.aboveRequested", a.requestedAmount());
            v.rule(granted.compareTo(calc.maxFundable()) <= 0, "grantedAmount",
                    "funding.maxFundable", calc.maxFundable(), FundingMath.explanation(calc));
            v.rule(granted.compareTo(programme.minGrant()) > 0 || blankToNull(r.exceptionJustification()) != null,
                    "exceptionJustification", "funding.decision.justificationRequired", programme.minGrant());
            v.rule(granted.compareTo(a.requestedAmount()) == 0 || blankToNull(r.reason()) != null, "reason",
                    "funding.decision.reasonRequired");
            v.rule(r.proofDue() == null || !r.proofDue().isBefore(a.periodEnd()), "proofDue",
                    "funding.decision.proofBeforeEnd", a.periodEnd());
        }
        v.throwIfInvalid();
        ApplicationRules.requireStatus(a, "funding.action.decide", ApplicationStatus.UNDER_REVIEW);
    }

    /** The granted amount in cents, null for a rejection. */
    static BigDecimal granted(DecisionRequest r) {
        return r.outcome() == DecisionOutcome.APPROVED ? FundingMath.cents(r.grantedAmount()) : null;
    }

    /**
     * 409 when the grant does not fit what remains of the budget or of the municipality's cap. {@code programme} and
     * {@code ofMunicipality} (its committed sum so far) must be read under the programme's row lock.
     */
    static void checkBudget(Programme programme, String municipality, BigDecimal ofMunicipality, BigDecimal granted) {
        BigDecimal committed = programme.figures().committed();
        BigDecimal available = programme.budget().subtract(committed);
        if (granted.compareTo(available) > 0) {
            throw ConflictException.of("funding.budget.exceeded", granted, available, FundingTexts.programme(programme),
                    programme.budget(), committed);
        }
        BigDecimal cap = programme.capPerMunicipality();
        if (cap != null && ofMunicipality.add(granted).compareTo(cap) > 0) {
            throw ConflictException.of("funding.budget.capExceeded", granted, municipality, cap, ofMunicipality);
        }
    }

    /** The application as decided: APPROVED with its proof-of-use date, or REJECTED. */
    static Application decided(Application a, DecisionRequest r, Programme programme, String decidedBy,
                               Instant decidedAt) {
        BigDecimal granted = granted(r);
        Application.Decision decision = new Application.Decision(r.outcome(), granted,
                granted != null && granted.compareTo(a.requestedAmount()) < 0, blankToNull(r.conditions()),
                blankToNull(r.reason()), blankToNull(r.exceptionJustification()), decidedBy, decidedAt);
        if (granted == null) {
            return ApplicationRules.with(a, ApplicationStatus.REJECTED, a.submittedAt(), decision, null, null);
        }
        LocalDate proofDue = r.proofDue() != null ? r.proofDue() : a.periodEnd().plusMonths(programme.proofMonths());
        return ApplicationRules.with(a, ApplicationStatus.APPROVED, a.submittedAt(), decision, proofDue, null);
    }
}
