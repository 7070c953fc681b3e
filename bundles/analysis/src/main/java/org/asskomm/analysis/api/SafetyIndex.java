package org.asskomm.analysis.api;

/**
 * The subjective safety index with its 95 % confidence interval ({@link #METHOD}); the weighted values weight
 * each respondent to the register's age/sex structure (null when a respondent's cell is unknown or empty).
 */
public record SafetyIndex(long respondents, Double mean, Double standardDeviation, Double lower, Double upper,
                          Double weightedMean, Double weightedLower, Double weightedUpper, String method) {

    public static final String METHOD = "respondent index = mean of the answered index items (1 very unsafe ..."
            + " 5 very safe); mean +/- t(0.975, n-1) * s / sqrt(n); weighted: post-stratification weights"
            + " (population share / response share of the age-sex cell), weighted mean +/- t(0.975, n-1) * SE,"
            + " SE^2 = n/(n-1) * sum(w^2 (x - m)^2) / (sum w)^2";
}
