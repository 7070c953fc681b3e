package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

import org.asskomm.funding.api.PayGradeCap;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;

/** Validates programme settings; what a request leaves out comes from the programme so far or the defaults. */
final class ProgrammeRules {

    /** Cost categories are upper-case codes such as PUBLIC_RELATIONS. */
    static final String CATEGORY_PATTERN = "[A-Z][A-Z_]{1,39}";

    private ProgrammeRules() {
    }

    /** A validated programme from a request; fields left out come from {@code base} or the RL KommPraev defaults. */
    static Programme build(String id, ProgrammeRequest r, Programme base, int version) {
        Validator v = new Validator();
        Integer year = r.year() != null ? r.year() : base == null ? null : base.year();
        v.required("year", year);
        v.rule(year == null || (year >= 2000 && year <= 2100), "year", "validation.between", 2000, 2100);
        v.required("budget", r.budget() != null || base != null ? Boolean.TRUE : null);
        v.money("budget", r.budget()).money("minGrant", r.minGrant()).money("capPerApplication", r.capPerApplication())
                .money("capPerMunicipality", r.capPerMunicipality())
                .money("reimbursementThreshold", r.reimbursementThreshold());
        share(v, "fundingRate", r.fundingRate(), false);
        share(v, "minOwnShare", r.minOwnShare(), true);
        v.maxLength("title", r.title(), 200);
        v.rule(r.proofMonths() == null || (r.proofMonths() >= 1 && r.proofMonths() <= 36), "proofMonths",
                "validation.between", 1, 36);
        v.rule(r.reclaimInterestRate() == null || r.reclaimInterestRate().signum() >= 0
                && r.reclaimInterestRate().compareTo(new BigDecimal("0.2")) <= 0
                && r.reclaimInterestRate().stripTrailingZeros().scale() <= 4, "reclaimInterestRate",
                "funding.programme.interestRate");
        v.rule(r.consultationMonths() == null || (r.consultationMonths() >= 0 && r.consultationMonths() <= 60),
                "consultationMonths", "validation.between", 0, 60);
        List<String> categories = r.eligibleCategories() != null ? r.eligibleCategories()
                : base != null ? base.eligibleCategories() : ProgrammeDefaults.ELIGIBLE_CATEGORIES;
        v.notEmpty("eligibleCategories", categories);
        for (int i = 0; categories != null && i < categories.size(); i++) {
            String category = categories.get(i);
            v.rule(category != null && category.matches(CATEGORY_PATTERN), "eligibleCategories[" + i + "]",
                    "funding.programme.categoryCode");
        }
        List<String> actionFields = r.actionFields() != null ? r.actionFields()
                : base != null ? base.actionFields() : ProgrammeDefaults.ACTION_FIELDS;
        for (int i = 0; i < actionFields.size(); i++) {
            v.text("actionFields[" + i + "]", actionFields.get(i), 80);
        }
        List<PayGradeCap> caps = r.payGradeCaps() != null ? r.payGradeCaps()
                : base != null ? base.payGradeCaps() : ProgrammeDefaults.PAY_GRADE_CAPS;
        for (int i = 0; i < caps.size(); i++) {
            PayGradeCap cap = caps.get(i);
            String field = "payGradeCaps[" + i + "]";
            v.rule(cap != null && cap.payGrade() != null && cap.payGrade().matches("[A-Z0-9]{1,10}"),
                    field + ".payGrade", "funding.programme.payGrade");
            v.required(field + ".annualCap", cap == null ? null : cap.annualCap());
            v.money(field + ".annualCap", cap == null ? null : cap.annualCap());
        }
        v.rule(!hasDuplicates(categories), "eligibleCategories", "funding.programme.repeated");
        v.rule(!hasDuplicates(actionFields), "actionFields", "funding.programme.repeated");
        v.rule(!hasDuplicates(caps.stream().map(cap -> cap == null ? null : cap.payGrade()).toList()), "payGradeCaps",
                "funding.programme.repeated");
        v.throwIfInvalid();

        LocalDate opens = pick(r.windowOpens(), base == null ? ProgrammeDefaults.windowOpens(year) : base.windowOpens());
        LocalDate closes = pick(r.windowCloses(), base == null ? ProgrammeDefaults.windowCloses(year) : base.windowCloses());
        if (closes.isBefore(opens)) {
            throw ValidationException.of("windowCloses", "funding.programme.windowOrder", Message.field("windowOpens"), opens);
        }
        return new Programme(id, year,
                pick(blankToNull(r.title()), base == null ? ProgrammeDefaults.title(year) : base.title()),
                FundingMath.cents(pick(r.budget(), base == null ? null : base.budget())),
                pick(r.fundingRate(), base == null ? ProgrammeDefaults.FUNDING_RATE : base.fundingRate()),
                pick(r.minOwnShare(), base == null ? ProgrammeDefaults.MIN_OWN_SHARE : base.minOwnShare()),
                FundingMath.cents(pick(r.minGrant(), base == null ? ProgrammeDefaults.MIN_GRANT : base.minGrant())),
                FundingMath.cents(r.capPerApplication() != null || base == null ? r.capPerApplication()
                        : base.capPerApplication()),
                FundingMath.cents(r.capPerMunicipality() != null || base == null ? r.capPerMunicipality()
                        : base.capPerMunicipality()),
                opens, closes,
                FundingMath.cents(pick(r.reimbursementThreshold(), base == null
                        ? ProgrammeDefaults.REIMBURSEMENT_THRESHOLD : base.reimbursementThreshold())),
                pick(r.proofMonths(), base == null ? ProgrammeDefaults.PROOF_MONTHS : base.proofMonths()),
                List.copyOf(categories), List.copyOf(actionFields),
                caps.stream().map(cap -> new PayGradeCap(cap.payGrade(), FundingMath.cents(cap.annualCap()))).toList(),
                null, version, consultationMonths(r, base),
                pick(r.conceptRequired(), base != null && base.conceptRequired()), interestRate(r, base));
    }

    /** The interest on repayments: the request's rate (0 switches it off), else the programme's so far. */
    private static BigDecimal interestRate(ProgrammeRequest r, Programme base) {
        BigDecimal rate = r.reclaimInterestRate() != null ? r.reclaimInterestRate()
                : base == null ? null : base.reclaimInterestRate();
        return rate == null || rate.signum() == 0 ? null : rate;
    }

    /** The consultation gate: the request's months (0 switches it off), else the programme's so far; none by default. */
    private static Integer consultationMonths(ProgrammeRequest r, Programme base) {
        Integer months = r.consultationMonths() != null ? r.consultationMonths()
                : base == null ? null : base.consultationMonths();
        return months == null || months == 0 ? null : months;
    }

    private static void share(Validator v, String field, BigDecimal value, boolean zeroAllowed) {
        if (value == null) {
            return;
        }
        v.rule((zeroAllowed ? value.signum() >= 0 : value.signum() > 0) && value.compareTo(BigDecimal.ONE) <= 0,
                field, zeroAllowed ? "funding.programme.shareFromZero" : "funding.programme.share");
        v.rule(value.stripTrailingZeros().scale() <= 4, field, "funding.programme.fourDecimals");
    }

    private static boolean hasDuplicates(List<?> values) {
        return values != null && new HashSet<>(values).size() != values.size();
    }

    static <T> T pick(T value, T fallback) {
        return value != null ? value : fallback;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
