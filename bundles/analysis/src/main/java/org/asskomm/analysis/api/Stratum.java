package org.asskomm.analysis.api;

/** A cell of age group and sex: its population in the register extract, its sample and its responses. */
public record Stratum(AgeGroup ageGroup, Sex sex, int population, int sampled, long responses) {
}
