package org.asskomm.analysis.internal;

import java.util.List;

import org.asskomm.analysis.api.SafetyIndex;

/**
 * The arithmetic of the safety index, apart from storage so that it is tested on known data. The t quantile is
 * found by bisection on Student's distribution function (regularised incomplete beta), exact to 1e-9.
 */
final class IndexCalculator {

    /** A respondent's index value and post-stratification weight (null when the cell is unknown). */
    record Observation(double value, Double weight) {
    }

    private IndexCalculator() {
    }

    static SafetyIndex of(List<Observation> observations) {
        int n = observations.size();
        if (n == 0) {
            return new SafetyIndex(0, null, null, null, null, null, null, null, SafetyIndex.METHOD);
        }
        double mean = observations.stream().mapToDouble(Observation::value).average().orElseThrow();
        if (n == 1) {
            return new SafetyIndex(1, round(mean), null, null, null, null, null, null, SafetyIndex.METHOD);
        }
        double squares = observations.stream().mapToDouble(o -> (o.value() - mean) * (o.value() - mean)).sum();
        double sd = Math.sqrt(squares / (n - 1));
        double t = t975(n - 1);
        double half = t * sd / Math.sqrt(n);
        List<Observation> weighted = observations.stream().filter(o -> o.weight() != null).toList();
        Double wMean = null;
        Double wLower = null;
        Double wUpper = null;
        if (weighted.size() > 1) {
            int m = weighted.size();
            double sumW = weighted.stream().mapToDouble(Observation::weight).sum();
            double mw = weighted.stream().mapToDouble(o -> o.weight() * o.value()).sum() / sumW;
            double s = weighted.stream().mapToDouble(o -> o.weight() * o.weight() * (o.value() - mw) * (o.value() - mw))
                    .sum();
            double se = Math.sqrt((double) m / (m - 1) * s / (sumW * sumW));
            double tw = t975(m - 1);
            wMean = round(mw);
            wLower = round(mw - tw * se);
            wUpper = round(mw + tw * se);
        }
        return new SafetyIndex(n, round(mean), round(sd), round(mean - half), round(mean + half), wMean, wLower,
                wUpper, SafetyIndex.METHOD);
    }

    /** t(0.975, df): the t with P(T <= t) = 0.975, by bisection. */
    static double t975(int df) {
        if (df < 1) {
            throw new IllegalArgumentException("degrees of freedom must be positive: " + df);
        }
        double lo = 0;
        double hi = 20;
        while (hi - lo > 1e-10) {
            double mid = (lo + hi) / 2;
            if (tCdf(mid, df) < 0.975) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** P(T <= t) for t >= 0. */
    static double tCdf(double t, int df) {
        double x = df / (df + t * t);
        return 1 - 0.5 * incompleteBeta(df / 2.0, 0.5, x);
    }

    /** The regularised incomplete beta function I_x(a, b), by its continued fraction (Lentz). */
    static double incompleteBeta(double a, double b, double x) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        if (x > (a + 1) / (a + b + 2)) {
            return 1 - incompleteBeta(b, a, 1 - x);
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double f = d;
        for (int m = 1; m <= 500; m++) {
            for (int odd = 0; odd < 2; odd++) {
                double num = odd == 0 ? m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
                        : -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1));
                d = 1 + num * d;
                d = 1 / (Math.abs(d) < tiny ? tiny : d);
                c = 1 + num / c;
                c = Math.abs(c) < tiny ? tiny : c;
                f *= c * d;
            }
            if (Math.abs(c * d - 1) < 1e-15) {
                break;
            }
        }
        return front * f / a;
    }

    /** ln Gamma(x) for x > 0 (Lanczos, g = 7, nine coefficients). */
    static double logGamma(double x) {
        double[] g = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double y = x - 1;
        double sum = g[0];
        for (int i = 1; i < g.length; i++) {
            sum += g[i] / (y + i);
        }
        double t = y + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
