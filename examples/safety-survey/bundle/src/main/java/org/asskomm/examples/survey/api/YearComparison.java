package org.asskomm.examples.survey.api;

/**
 * A municipality's index in one year beside the state-wide index of that year (all respondents of all
 * completed surveys of the year, pooled); {@code difference} = municipality mean - state-wide mean.
 */
public record YearComparison(int year, SafetyIndex municipality, SafetyIndex stateWide, Double difference) {
}
