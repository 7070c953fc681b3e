package org.asskomm.examples.survey.api;

/**
 * The subjective safety index: the mean of the respondents' indices (each the mean of that respondent's
 * answered items, 1 = very unsafe ... 5 = very safe), with its 95 % confidence interval from Student's
 * t distribution with n - 1 degrees of freedom ({@link #METHOD}). Mean, deviation and bounds are null
 * where they are undefined (no respondent; the interval needs two).
 */
public record SafetyIndex(long respondents, Double mean, Double standardDeviation, Double lower, Double upper,
                          String method) {

    public static final String METHOD = "mean of respondent indices; 95% CI = mean +/- t(0.975, n-1) * s / sqrt(n)";
}
