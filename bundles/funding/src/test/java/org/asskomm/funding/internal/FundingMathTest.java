package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.Fixture.eur;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.asskomm.funding.api.Calculation;
import org.asskomm.funding.api.CostItem;
import org.asskomm.funding.api.PayGradeCap;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.testing.MessageFiles;
import org.junit.Test;

/** The rate, cap, own-share and rounding arithmetic. */
public class FundingMathTest {

    private static Programme programme(String rate, String capPerApplication) {
        return new Programme("p", 2027, "t", eur("1300000.00"), eur(rate), eur("0.10"), eur("10000.00"),
                capPerApplication == null ? null : eur(capPerApplication), null, LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 10, 15), eur("20000.00"), 6, ProgrammeDefaults.ELIGIBLE_CATEGORIES, List.of(),
                List.of(new PayGradeCap("E11", eur("55200.00"))), null, 0, null, false, null);
    }

    private static CostItem material(String amount) {
        return new CostItem("MATERIAL", "m", eur(amount), null, null, null);
    }

    @Test
    public void maximumFundableIsRoundedDownToTheCentWhereHalfRoundingWouldGiveMore() {
        // 0.9 x 33,333.33 = 29,999.997: a grant may never exceed 90 %, so 29,999.99 and not 30,000.00
        Calculation c = FundingMath.calculate(programme("0.90", null), List.of(material("33333.33")));
        assertEquals(eur("29999.99"), c.maxFundable());
        assertEquals(eur("30000.00"), eur("29999.997").setScale(2, RoundingMode.HALF_DOWN));
        // 0.85 x 100.01 = 85.0085 -> 85.00
        assertEquals(eur("85.00"), FundingMath.calculate(programme("0.85", null), List.of(material("100.01")))
                .rateLimit());
        // an exact product stays exact
        assertEquals(eur("32400.00"), FundingMath.calculate(programme("0.90", null), List.of(material("36000.00")))
                .maxFundable());
    }

    @Test
    public void minimumOwnContributionIsRoundedUp() {
        // 0.1 x 33,333.33 = 3,333.333 -> 3,333.34, so that own share + max grant cover the eligible costs
        Calculation c = FundingMath.calculate(programme("0.90", null), List.of(material("33333.33")));
        assertEquals(eur("3333.34"), c.minOwnContribution());
        assertEquals(0, c.maxFundable().add(c.minOwnContribution()).compareTo(c.eligibleCosts()));
    }

    @Test
    public void personnelIsCappedByPayGradeAndPersonYearsAndInvestmentsAreNotEligible() {
        List<CostItem> plan = List.of(
                new CostItem("PERSONNEL", "coordinator", eur("30000.00"), "E11", eur("0.50"), "M.A."),
                new CostItem("INVESTMENT", "camera", eur("5000.00"), null, null, null),
                material("1000.00"));
        Calculation c = FundingMath.calculate(programme("0.90", null), plan);
        assertEquals(eur("36000.00"), c.totalCosts());
        assertEquals(eur("28600.00"), c.eligibleCosts());          // 27,600 capped personnel + 1,000 material
        assertEquals(eur("7400.00"), c.ineligibleCosts());         // 2,400 above the cap + 5,000 investment
        assertEquals(eur("25740.00"), c.maxFundable());
        // the lines are stored messages: German by default, English by the switch, categories by their label
        List<String> german = FundingMath.explanation(c).stream()
                .map(MessageFiles.texts(Locale.GERMANY)::text).toList();
        assertTrue(german.toString(), german.contains(
                "Kostenposition 1: Personal E11 mit 0,50 Vollzeit-Personenjahren ist auf 27.600,00 EUR begrenzt "
                        + "(statt 30.000,00 EUR)"));
        assertTrue(german.toString(), german.contains("Kostenposition 2 (Investitionen, 5.000,00 EUR) ist nicht förderfähig"));
        assertTrue(german.toString(), german.contains(
                "förderfähige Kosten 28.600,00 EUR × Fördersatz 90 % = 25.740,00 EUR (auf den Cent abgerundet)"));
        List<String> english = FundingMath.explanation(c).stream().map(MessageFiles::english).toList();
        assertTrue(english.toString(), english.stream().anyMatch(line -> line.contains("capped at 27,600.00")));
        assertTrue(english.toString(), english.stream().anyMatch(line -> line.contains("(investments, 5,000.00 EUR) is not")));
    }

    @Test
    public void capPerApplicationLimitsTheMaximum() {
        Calculation c = FundingMath.calculate(programme("0.90", "25000.00"), List.of(material("36000.00")));
        assertEquals(eur("32400.00"), c.rateLimit());
        assertEquals(eur("25000.00"), c.maxFundable());
    }

    @Test
    public void reimbursementOnlyBelowTheThreshold() {
        assertTrue(FundingMath.calculate(programme("0.90", null), List.of(material("19999.99"))).reimbursementOnly());
        assertFalse(FundingMath.calculate(programme("0.90", null), List.of(material("20000.00"))).reimbursementOnly());
    }

    @Test
    public void centsRefusesSubCentAmounts() {
        assertEquals(eur("12.30"), FundingMath.cents(new BigDecimal("12.300")));
        try {
            FundingMath.cents(new BigDecimal("12.345"));
            throw new AssertionError("expected ArithmeticException");
        } catch (ArithmeticException expected) {
            // the service validates before; this is the last guard
        }
    }
}
