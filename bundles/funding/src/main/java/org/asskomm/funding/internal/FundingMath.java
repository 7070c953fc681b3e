package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.asskomm.funding.api.Calculation;
import org.asskomm.funding.api.CostItem;
import org.asskomm.funding.api.PayGradeCap;
import org.asskomm.funding.api.Programme;

/**
 * The funding arithmetic. <b>The rounding rule</b> (stated once, here and in the guide): every amount
 * derived from a rate or a share in favour of the applicant (maximum fundable amount = rate x eligible costs,
 * personnel cap = annual cap x person-years, final grant = rate x recognised costs) is rounded
 * <em>down</em> to the cent, so a grant never exceeds its rate; the minimum own contribution
 * (share x eligible costs) is rounded <em>up</em> to the cent, so the own share is never below its minimum.
 * All amounts entered by people must already be whole cents.
 */
final class FundingMath {

    static final String PERSONNEL = "PERSONNEL";
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private FundingMath() {
    }

    /** Rounds in favour of the budget: down to the cent. */
    static BigDecimal down(BigDecimal value) {
        return value.setScale(2, RoundingMode.DOWN);
    }

    /** Rounds a minimum the applicant has to reach: up to the cent. */
    static BigDecimal up(BigDecimal value) {
        return value.setScale(2, RoundingMode.UP);
    }

    static BigDecimal cents(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal sum(List<CostItem> plan) {
        BigDecimal total = ZERO;
        for (CostItem item : plan) {
            total = total.add(item.amount());
        }
        return total;
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return b == null || a.compareTo(b) <= 0 ? a : b;
    }

    /** Maximum fundable amount of a cost plan under a programme's rules, with the reasons. */
    static Calculation calculate(Programme programme, List<CostItem> plan) {
        Map<String, BigDecimal> caps = new java.util.HashMap<>();
        for (PayGradeCap cap : programme.payGradeCaps()) {
            caps.put(cap.payGrade(), cap.annualCap());
        }
        List<String> why = new ArrayList<>();
        BigDecimal total = ZERO;
        BigDecimal eligible = ZERO;
        for (int i = 0; i < plan.size(); i++) {
            CostItem item = plan.get(i);
            total = total.add(item.amount());
            if (!programme.eligibleCategories().contains(item.category())) {
                why.add("costPlan[" + i + "] " + item.category() + " " + item.amount() + ": not an eligible category");
                continue;
            }
            BigDecimal counted = item.amount();
            if (PERSONNEL.equals(item.category()) && caps.containsKey(item.payGrade()) && item.personYears() != null) {
                BigDecimal cap = down(caps.get(item.payGrade()).multiply(item.personYears()));
                if (counted.compareTo(cap) > 0) {
                    why.add("costPlan[" + i + "] personnel " + item.payGrade() + " x " + item.personYears()
                            + " person-years capped at " + cap + " (of " + counted + ")");
                    counted = cap;
                }
            }
            eligible = eligible.add(counted);
        }
        BigDecimal rateLimit = down(programme.fundingRate().multiply(eligible));
        why.add("eligible costs " + eligible + " x funding rate " + programme.fundingRate().stripTrailingZeros()
                .toPlainString() + " = " + rateLimit + " (rounded down to the cent)");
        BigDecimal max = min(rateLimit, programme.capPerApplication());
        if (max.compareTo(rateLimit) < 0) {
            why.add("capped at " + programme.capPerApplication() + " per application");
        }
        BigDecimal minOwn = up(programme.minOwnShare().multiply(eligible));
        why.add("own contribution at least " + programme.minOwnShare().stripTrailingZeros().toPlainString()
                + " x eligible costs = " + minOwn + " (rounded up to the cent)");
        boolean reimbursementOnly = total.compareTo(programme.reimbursementThreshold()) < 0;
        if (reimbursementOnly) {
            why.add("total costs below " + programme.reimbursementThreshold()
                    + ": paid by reimbursement only, after the proof of use");
        }
        return new Calculation(total, eligible, total.subtract(eligible), programme.fundingRate(), rateLimit,
                programme.capPerApplication(), max, minOwn, programme.minGrant(), reimbursementOnly, List.copyOf(why));
    }
}
