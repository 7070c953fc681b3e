package org.asskomm.patrol.internal.cost;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Splits an amount by weights exactly to the cent with the largest-remainder method (Hamilton): every part
 * is first rounded down to the cent, then the cents still missing go one by one to the parts with the
 * largest fractional remainders; equal remainders go in key (AGS) order. The parts always add up to the
 * total, and no part is more than one cent away from its exact proportional share.
 * <p>
 * The arithmetic is exact: the exact share of part i in cents is {@code cents * w_i / W}; quotient and
 * remainder of that division are computed without rounding, and remainders of a common divisor compare
 * exactly.
 */
public final class CostSplitter {

    public static final String RULE = "Largest remainder (Hamilton): each share is rounded down to the cent; "
            + "the remaining cents go one each to the largest fractional remainders, ties in AGS order. "
            + "The parts add up to the total exactly.";

    private CostSplitter() {
    }

    /**
     * @param total   non-negative amount with at most two decimals
     * @param weights non-negative weights by AGS, at least one positive; iteration order is the tie order
     * @return the parts in the order of {@code weights}, with scale 2
     */
    public static Map<String, BigDecimal> split(BigDecimal total, SortedMap<String, BigDecimal> weights) {
        if (total == null || total.signum() < 0 || total.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("total must be a non-negative amount in whole cents: " + total);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal w : weights.values()) {
            if (w == null || w.signum() < 0) {
                throw new IllegalArgumentException("weights must not be negative: " + weights);
            }
            sum = sum.add(w);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive: " + weights);
        }
        BigInteger cents = total.movePointRight(2).toBigIntegerExact();
        // Scale all weights to integers so that quotient and remainder are exact integer arithmetic.
        int scale = Math.max(0, weights.values().stream().mapToInt(w -> w.stripTrailingZeros().scale()).max().orElse(0));
        BigInteger divisor = sum.movePointRight(scale).toBigIntegerExact();

        List<Share> shares = new ArrayList<>();
        BigInteger handedOut = BigInteger.ZERO;
        int position = 0;
        for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
            BigInteger weight = e.getValue().movePointRight(scale).toBigIntegerExact();
            BigInteger[] qr = cents.multiply(weight).divideAndRemainder(divisor);
            shares.add(new Share(e.getKey(), position++, qr[0], qr[1]));
            handedOut = handedOut.add(qr[0]);
        }
        int missing = cents.subtract(handedOut).intValueExact();
        List<Share> byRemainder = new ArrayList<>(shares);
        byRemainder.sort(Comparator.comparing(Share::remainder).reversed().thenComparingInt(Share::position));
        for (int i = 0; i < missing; i++) {
            byRemainder.get(i).extraCent = true;
        }
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (Share s : shares) {
            BigInteger c = s.extraCent ? s.floorCents.add(BigInteger.ONE) : s.floorCents;
            result.put(s.ags, new BigDecimal(c, 2));
        }
        return result;
    }

    private static final class Share {
        final String ags;
        final int position;
        final BigInteger floorCents;
        final BigInteger remainder;
        boolean extraCent;

        Share(String ags, int position, BigInteger floorCents, BigInteger remainder) {
            this.ags = ags;
            this.position = position;
            this.floorCents = floorCents;
            this.remainder = remainder;
        }

        BigInteger remainder() {
            return remainder;
        }

        int position() {
            return position;
        }
    }
}
