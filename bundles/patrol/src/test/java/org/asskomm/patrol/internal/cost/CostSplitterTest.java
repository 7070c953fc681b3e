package org.asskomm.patrol.internal.cost;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.Test;

public class CostSplitterTest {

    private static SortedMap<String, BigDecimal> weights(Object... agsAndWeight) {
        SortedMap<String, BigDecimal> w = new TreeMap<>();
        for (int i = 0; i < agsAndWeight.length; i += 2) {
            w.put((String) agsAndWeight[i], new BigDecimal(agsAndWeight[i + 1].toString()));
        }
        return w;
    }

    private static BigDecimal sum(Map<String, BigDecimal> parts) {
        return parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    public void thousandOverThreeEqualSharesGivesTheExtraCentToTheFirstAgs() {
        Map<String, BigDecimal> parts = CostSplitter.split(new BigDecimal("1000.00"), weights("B", 1, "A", 1, "C", 1));
        assertEquals(new BigDecimal("333.34"), parts.get("A"));
        assertEquals(new BigDecimal("333.33"), parts.get("B"));
        assertEquals(new BigDecimal("333.33"), parts.get("C"));
        assertEquals(new BigDecimal("1000.00"), sum(parts));
    }

    @Test
    public void oneCentOverSixSharesGoesToExactlyOneMember() {
        Map<String, BigDecimal> parts = CostSplitter.split(new BigDecimal("0.01"),
                weights("1", 1, "2", 1, "3", 1, "4", 1, "5", 1, "6", 1));
        assertEquals(new BigDecimal("0.01"), parts.get("1"));
        for (String k : new String[] {"2", "3", "4", "5", "6"}) {
            assertEquals(new BigDecimal("0.00"), parts.get(k));
        }
        assertEquals(new BigDecimal("0.01"), sum(parts));
    }

    @Test
    public void largestRemainderWinsOverAgsOrder() {
        // exact shares: 0.0333.. / 0.0666..: 6 cents -> 2 and 4 exactly; 7 cents -> 2.333 and 4.666 -> 2 and 5
        Map<String, BigDecimal> parts = CostSplitter.split(new BigDecimal("0.07"), weights("A", 1, "B", 2));
        assertEquals(new BigDecimal("0.02"), parts.get("A"));
        assertEquals(new BigDecimal("0.05"), parts.get("B"));
    }

    @Test
    public void floehaPopulationsSplitTheVehicleExactly() {
        SortedMap<String, BigDecimal> population = weights("14522140", 10516, "14522020", 4495, "14522110", 3945,
                "14522320", 3265, "14522420", 4745, "14522440", 7782);
        BigDecimal total = new BigDecimal("1234.57");
        Map<String, BigDecimal> parts = CostSplitter.split(total, population);
        assertEquals(total, sum(parts));
        // floors add up to 1234.54; the 3 missing cents go to the largest remainders:
        // Oederan 276.4885, Niederwiesa 168.5862, Floeha 373.6255 - not to Augustusburg 159.7039 or Leubsdorf 116.0030
        assertEquals(new BigDecimal("276.49"), parts.get("14522440"));
        assertEquals(new BigDecimal("168.59"), parts.get("14522420"));
        assertEquals(new BigDecimal("373.63"), parts.get("14522140"));
        assertEquals(new BigDecimal("159.70"), parts.get("14522020"));
        assertEquals(new BigDecimal("140.16"), parts.get("14522110"));
        assertEquals(new BigDecimal("116.00"), parts.get("14522320"));
        assertExactWithinACent(total, population, parts);
    }

    @Test
    public void randomSplitsAlwaysAddUpAndStayWithinOneCent() {
        Random random = new Random(42);
        for (int run = 0; run < 2000; run++) {
            SortedMap<String, BigDecimal> w = new TreeMap<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                w.put(String.format("145%05d", i), BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(4)));
            }
            if (w.values().stream().allMatch(x -> x.signum() == 0)) {
                continue;
            }
            BigDecimal total = BigDecimal.valueOf(random.nextInt(10_000_000), 2);
            Map<String, BigDecimal> parts = CostSplitter.split(total, w);
            assertEquals(total, sum(parts));
            assertExactWithinACent(total, w, parts);
        }
    }

    @Test
    public void fractionalPercentagesOfFixedSharesAreExact() {
        Map<String, BigDecimal> parts = CostSplitter.split(new BigDecimal("100.00"),
                weights("A", "33.3333", "B", "33.3333", "C", "33.3334"));
        assertEquals(new BigDecimal("100.00"), sum(parts));
        assertEquals(new BigDecimal("33.33"), parts.get("A"));
        assertEquals(new BigDecimal("33.34"), parts.get("C"));
    }

    @Test
    public void zeroWeightGetsNothingAndZeroTotalGivesZeros() {
        Map<String, BigDecimal> parts = CostSplitter.split(new BigDecimal("10.00"), weights("A", 0, "B", 3));
        assertEquals(new BigDecimal("0.00"), parts.get("A"));
        assertEquals(new BigDecimal("10.00"), parts.get("B"));
        Map<String, BigDecimal> zero = CostSplitter.split(BigDecimal.ZERO, weights("A", 1, "B", 3));
        assertEquals(new BigDecimal("0.00"), zero.get("A"));
    }

    @Test
    public void rejectsNegativeTotalsFractionsOfCentsAndNoWeights() {
        assertThrows(IllegalArgumentException.class, () -> CostSplitter.split(new BigDecimal("-1.00"), weights("A", 1)));
        assertThrows(IllegalArgumentException.class, () -> CostSplitter.split(new BigDecimal("1.005"), weights("A", 1)));
        assertThrows(IllegalArgumentException.class, () -> CostSplitter.split(new BigDecimal("1.00"), weights("A", 0)));
        assertThrows(IllegalArgumentException.class, () -> CostSplitter.split(new BigDecimal("1.00"), weights("A", -1)));
    }

    private static void assertExactWithinACent(BigDecimal total, SortedMap<String, BigDecimal> w,
                                               Map<String, BigDecimal> parts) {
        BigDecimal weightSum = w.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        for (String k : w.keySet()) {
            BigDecimal exact = total.multiply(w.get(k)).divide(weightSum, MathContext.DECIMAL128);
            BigDecimal diff = parts.get(k).subtract(exact).abs();
            assertTrue(k + ": " + parts.get(k) + " vs exact " + exact, diff.compareTo(new BigDecimal("0.01")) < 0);
        }
    }
}
