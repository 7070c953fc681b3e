package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.funding.api.PayGradeCap;

/**
 * Defaults of a new programme from the Saxon funding guideline for municipal prevention (RL KommPraev of
 * 12 June 2018, amended 2019 and 2023). They only fill fields a programme request leaves out; every value is
 * stored with the programme and can be changed per programme.
 */
final class ProgrammeDefaults {

    static final BigDecimal FUNDING_RATE = new BigDecimal("0.9000");
    static final BigDecimal MIN_OWN_SHARE = new BigDecimal("0.1000");
    static final BigDecimal MIN_GRANT = new BigDecimal("10000.00");
    static final BigDecimal REIMBURSEMENT_THRESHOLD = new BigDecimal("20000.00");
    static final int PROOF_MONTHS = 6;

    /** Investments are not eligible, so INVESTMENT is not among them. */
    static final List<String> ELIGIBLE_CATEGORIES = List.of("PERSONNEL", "MATERIAL", "FEES", "EVENTS",
            "PUBLIC_RELATIONS", "TRAVEL");

    static final List<String> ACTION_FIELDS = List.of("Sicherheit im öffentlichen Raum", "Gewaltprävention",
            "Suchtprävention", "Kinder- und Jugendschutz", "Seniorensicherheit", "Extremismusprävention",
            "Einbruchschutz", "Verkehrssicherheit");

    /**
     * Annual personnel cost caps per full-time person-year, TV-L pay groups 7, 11, 14 and 15, step 3.
     * Placeholder figures (monthly table value x 12, rounded): the LPR enters the table of the programme year.
     */
    static final List<PayGradeCap> PAY_GRADE_CAPS = List.of(
            new PayGradeCap("E7", new BigDecimal("41400.00")),
            new PayGradeCap("E11", new BigDecimal("55200.00")),
            new PayGradeCap("E14", new BigDecimal("68400.00")),
            new PayGradeCap("E15", new BigDecimal("75600.00")));

    private ProgrammeDefaults() {
    }

    /** Applications for projects of a year are accepted from 31 August to 15 October of the year before. */
    static LocalDate windowOpens(int year) {
        return LocalDate.of(year - 1, 8, 31);
    }

    static LocalDate windowCloses(int year) {
        return LocalDate.of(year - 1, 10, 15);
    }

    static String title(int year) {
        return "Förderprogramm Kommunale Prävention " + year;
    }
}
