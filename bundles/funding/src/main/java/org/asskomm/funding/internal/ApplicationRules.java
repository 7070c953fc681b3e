package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.ProgrammeRules.CATEGORY_PATTERN;
import static org.asskomm.funding.internal.ProgrammeRules.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationRequest;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Calculation;
import org.asskomm.funding.api.CostItem;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProjectDescription;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;

/**
 * Validates an application against its programme: required fields, the seven Beccaria steps, the cost plan,
 * the financing (plan = requested + own + other), the rate, the caps, the own share and the minimum grant.
 */
final class ApplicationRules {

    private ApplicationRules() {
    }

    /** A 409 unless the application is in one of the {@code allowed} states; {@code action} the key of its words. */
    static void requireStatus(Application a, String action, ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (a.status() == s) {
                return;
            }
        }
        throw ConflictException.of("funding.application.status", Message.of(action), a.title(),
                FundingTexts.status(a.status()), FundingTexts.statuses(allowed));
    }

    /** The application with another status, decision and proof; the rest (and the version it was loaded with) kept. */
    static Application with(Application a, ApplicationStatus status, Instant submittedAt,
                            Application.Decision decision, LocalDate proofDue, Application.Proof proof) {
        return new Application(a.id(), a.programmeId(), a.programmeYear(), a.municipality(), a.municipalityName(),
                a.district(), a.applicant(), a.title(), a.actionField(), a.location(), a.periodStart(), a.periodEnd(),
                a.thirdPartyRecipient(), a.description(), a.consultationDate(), a.consultationReference(), a.costPlan(),
                a.totalCosts(), a.requestedAmount(), a.ownContribution(), a.otherFunding(), a.exceptionRequested(),
                a.exceptionReason(), status, submittedAt, decision, proofDue, proof, a.money(), a.createdAt(),
                a.version());
    }

    /** Checks the whole request against the programme's rules and builds the draft. */
    static Application build(Programme programme, ApplicationRequest r, Application before,
                             Municipality municipality, String id, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Validator v = new Validator();
        v.text("applicant", r.applicant(), 200).text("title", r.title(), 200).text("actionField", r.actionField(), 80)
                .text("location", r.location(), 200).maxLength("thirdPartyRecipient", r.thirdPartyRecipient(), 200)
                .required("periodStart", r.periodStart()).required("periodEnd", r.periodEnd())
                .required("consultationDate", r.consultationDate())
                .text("consultationReference", r.consultationReference(), 100)
                .required("requestedAmount", r.requestedAmount()).required("ownContribution", r.ownContribution())
                .money("requestedAmount", r.requestedAmount()).money("ownContribution", r.ownContribution())
                .money("otherFunding", r.otherFunding()).notEmpty("costPlan", r.costPlan());
        ProjectDescription d = r.description();
        v.required("description", d);
        if (d != null) {
            v.text("description.problemDescription", d.problemDescription(), 4000)
                    .text("description.causeAnalysis", d.causeAnalysis(), 4000)
                    .text("description.goalsAndTargetGroups", d.goalsAndTargetGroups(), 4000)
                    .text("description.measures", d.measures(), 4000)
                    .text("description.implementation", d.implementation(), 4000)
                    .text("description.evaluation", d.evaluation(), 4000)
                    .text("description.conclusions", d.conclusions(), 4000);
        }
        if (r.actionField() != null && !programme.actionFields().isEmpty()) {
            v.rule(programme.actionFields().contains(r.actionField()), "actionField",
                    "funding.application.actionField", programme.actionFields());
        }
        if (r.periodStart() != null && r.periodEnd() != null) {
            v.rule(!r.periodEnd().isBefore(r.periodStart()), "periodEnd", "validation.notBefore",
                    Message.field("periodStart"));
            v.rule(r.periodStart().getYear() == programme.year(), "periodStart",
                    "funding.application.programmeYear", programme.year());
        }
        v.rule(r.consultationDate() == null || !r.consultationDate().isAfter(today), "consultationDate",
                "funding.application.consultationFirst");
        boolean exception = Boolean.TRUE.equals(r.exceptionRequested());
        if (exception) {
            v.text("exceptionReason", r.exceptionReason(), 2000);
        }
        Set<String> payGrades = new HashSet<>();
        programme.payGradeCaps().forEach(cap -> payGrades.add(cap.payGrade()));
        List<CostItem> plan = r.costPlan() == null ? List.of() : r.costPlan();
        for (int i = 0; i < plan.size(); i++) {
            CostItem item = plan.get(i);
            String f = "costPlan[" + i + "]";
            if (item == null) {
                v.required(f, null);
                continue;
            }
            v.rule(item.category() != null && item.category().matches(CATEGORY_PATTERN), f + ".category",
                    "funding.application.category", programme.eligibleCategories());
            v.text(f + ".description", item.description(), 500).required(f + ".amount", item.amount())
                    .money(f + ".amount", item.amount());
            if (FundingMath.PERSONNEL.equals(item.category())) {
                v.rule(item.payGrade() != null && payGrades.contains(item.payGrade()), f + ".payGrade",
                        "funding.application.payGrade", payGrades);
                v.rule(item.personYears() != null && item.personYears().signum() > 0
                                && item.personYears().compareTo(BigDecimal.TEN) <= 0
                                && item.personYears().stripTrailingZeros().scale() <= 2, f + ".personYears",
                        "funding.application.personYears");
                v.text(f + ".qualification", item.qualification(), 500);
            }
        }
        v.throwIfInvalid();

        List<CostItem> cleanPlan = plan.stream().map(item -> new CostItem(item.category(), item.description().trim(),
                FundingMath.cents(item.amount()), FundingMath.PERSONNEL.equals(item.category()) ? item.payGrade() : null,
                FundingMath.PERSONNEL.equals(item.category()) ? item.personYears() : null,
                FundingMath.PERSONNEL.equals(item.category()) ? item.qualification().trim() : null)).toList();
        BigDecimal requested = FundingMath.cents(r.requestedAmount());
        BigDecimal own = FundingMath.cents(r.ownContribution());
        BigDecimal other = FundingMath.cents(r.otherFunding() == null ? BigDecimal.ZERO : r.otherFunding());
        Calculation calc = FundingMath.calculate(programme, cleanPlan);
        BigDecimal financing = requested.add(own).add(other);
        v.rule(calc.totalCosts().compareTo(financing) == 0, "costPlan", "funding.application.financing",
                calc.totalCosts(), financing);
        v.rule(requested.signum() > 0, "requestedAmount", "validation.positive");
        v.rule(requested.compareTo(calc.maxFundable()) <= 0, "requestedAmount", "funding.maxFundable",
                calc.maxFundable(), FundingMath.explanation(calc));
        v.rule(programme.capPerMunicipality() == null || requested.compareTo(programme.capPerMunicipality()) <= 0,
                "requestedAmount", "funding.application.cap", programme.capPerMunicipality());
        v.rule(own.compareTo(calc.minOwnContribution()) >= 0, "ownContribution", "funding.application.ownShare",
                calc.minOwnContribution(), programme.minOwnShare().stripTrailingZeros().toPlainString(),
                calc.eligibleCosts());
        v.rule(exception || requested.compareTo(programme.minGrant()) > 0, "requestedAmount",
                "funding.application.minGrant", programme.minGrant());
        v.throwIfInvalid();

        Instant now = Instant.now(clock);
        return new Application(id, programme.id(), programme.year(), municipality.ags(), municipality.name(),
                municipality.district(), r.applicant().trim(), r.title().trim(), r.actionField(), r.location().trim(),
                r.periodStart(), r.periodEnd(), blankToNull(r.thirdPartyRecipient()), d, r.consultationDate(),
                r.consultationReference().trim(), cleanPlan, calc.totalCosts(), requested, own, other, exception,
                exception ? r.exceptionReason().trim() : null, ApplicationStatus.DRAFT, null, null, null, null, null,
                before == null ? now : before.createdAt(), before == null ? 1 : before.version());
    }
}
