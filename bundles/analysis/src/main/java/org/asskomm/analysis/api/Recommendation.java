package org.asskomm.analysis.api;

/**
 * A problem of the municipality ranked by prevalence x severity, with its evidence beside it.
 *
 * @param prevalence     share of the respondents who answered the item with 1 or 2 (a big problem, very worried)
 * @param severity       the weight of the problem (1 low ... 3 high), fixed in the module's problem catalogue
 * @param offenceKey     the PKS offence key that is evidence for the problem (null where the PKS has none)
 * @param latestCases    the municipality's cases of that key in the latest year of its area profile (else the
 *                       district's)
 * @param trend          RISING, FALLING or STEADY against the year before (null without two years)
 */
public record Recommendation(int rank, String problem, String title, String item, long answered, Double itemMean,
                             double prevalence, int severity, double score, String offenceKey, Integer latestYear,
                             Long latestCases, Long previousCases, String trend) {
}
