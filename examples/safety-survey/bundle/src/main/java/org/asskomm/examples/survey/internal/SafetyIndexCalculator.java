package org.asskomm.examples.survey.internal;

import java.util.List;
import java.util.Objects;

import org.asskomm.examples.survey.api.SafetyIndex;

/** The arithmetic of the safety index, apart from storage so that it is tested on known data. */
final class SafetyIndexCalculator {

    /** Two-sided 95 % quantiles t(0.975, df) for df = 1..30. */
    private static final double[] T_975 = {12.7062, 4.3027, 3.1824, 2.7764, 2.5706, 2.4469, 2.3646, 2.3060,
        2.2622, 2.2281, 2.2010, 2.1788, 2.1604, 2.1448, 2.1314, 2.1199, 2.1098, 2.1009, 2.0930, 2.0860, 2.0796,
        2.0739, 2.0687, 2.0639, 2.0595, 2.0555, 2.0518, 2.0484, 2.0452, 2.0423};
    private static final double Z_975 = 1.959964;

    private SafetyIndexCalculator() {
    }

    /** A respondent's index: the mean of the answered items; null when none was answered. */
    static Double respondentIndex(List<Integer> scores) {
        return scores.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).average().stream().boxed()
                .findFirst().orElse(null);
    }

    static SafetyIndex of(List<Double> respondentIndices) {
        int n = respondentIndices.size();
        if (n == 0) {
            return new SafetyIndex(0, null, null, null, null, SafetyIndex.METHOD);
        }
        double mean = respondentIndices.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        if (n == 1) {
            return new SafetyIndex(1, round(mean), null, null, null, SafetyIndex.METHOD);
        }
        double squares = respondentIndices.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
        double sd = Math.sqrt(squares / (n - 1));
        double halfWidth = t975(n - 1) * sd / Math.sqrt(n);
        return new SafetyIndex(n, round(mean), round(sd), round(mean - halfWidth), round(mean + halfWidth),
                SafetyIndex.METHOD);
    }

    /**
     * t(0.975, df): from the table up to 30 degrees of freedom, beyond by the Cornish-Fisher expansion
     * around the normal quantile (error below 1e-4 there).
     */
    static double t975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be positive: " + df);
        }
        if (df <= T_975.length) {
            return T_975[df - 1];
        }
        double z = Z_975;
        double z3 = z * z * z;
        double z5 = z3 * z * z;
        double z7 = z5 * z * z;
        return z + (z3 + z) / (4.0 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96.0 * df * df)
                + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384.0 * df * df * df);
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
