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
import org.asskomm.platform.api.i18n.Message;

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

    /** A share as a percentage in words, e.g. 0.9000 as "90". */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /**
     * The lines of a calculation's explanation as messages (they are kept as {@link Message#stored() stored} texts,
     * which the REST layer writes in the reader's language).
     */
    static List<Message> explanation(Calculation c) {
        return c.explanation().stream().map(line -> Message.ofStored(line).orElse(Message.literal(line))).toList();
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
        List<Message> why = new ArrayList<>();
        BigDecimal total = ZERO;
        BigDecimal eligible = ZERO;
        for (int i = 0; i < plan.size(); i++) {
            CostItem item = plan.get(i);
            total = total.add(item.amount());
            if (!programme.eligibleCategories().contains(item.category())) {
                why.add(Message.of("funding.calc.ineligible", String.valueOf(i + 1), FundingTexts.category(item.category()),
                        item.amount()));
                continue;
            }
            BigDecimal counted = item.amount();
            if (PERSONNEL.equals(item.category()) && caps.containsKey(item.payGrade()) && item.personYears() != null) {
                BigDecimal cap = down(caps.get(item.payGrade()).multiply(item.personYears()));
                if (counted.compareTo(cap) > 0) {
                    why.add(Message.of("funding.calc.personnelCap", String.valueOf(i + 1), item.payGrade(),
                            item.personYears(), cap, counted));
                    counted = cap;
                }
            }
            eligible = eligible.add(counted);
        }
        BigDecimal rateLimit = down(programme.fundingRate().multiply(eligible));
        why.add(Message.of("funding.calc.rate", eligible, percent(programme.fundingRate()), rateLimit));
        BigDecimal max = min(rateLimit, programme.capPerApplication());
        if (max.compareTo(rateLimit) < 0) {
            why.add(Message.of("funding.calc.cap", programme.capPerApplication()));
        }
        BigDecimal minOwn = up(programme.minOwnShare().multiply(eligible));
        why.add(Message.of("funding.calc.ownShare", percent(programme.minOwnShare()), minOwn));
        boolean reimbursementOnly = total.compareTo(programme.reimbursementThreshold()) < 0;
        if (reimbursementOnly) {
            why.add(Message.of("funding.calc.reimbursement", programme.reimbursementThreshold()));
        }
        return new Calculation(total, eligible, total.subtract(eligible), programme.fundingRate(), rateLimit,
                programme.capPerApplication(), max, minOwn, programme.minGrant(), reimbursementOnly,
                why.stream().map(Message::stored).toList());
    }
}
