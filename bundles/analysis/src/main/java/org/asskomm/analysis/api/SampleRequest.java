package org.asskomm.analysis.api;

/** Draws the sample: the same seed on the same register extract always gives the same sample. */
public record SampleRequest(Long seed, Integer sampleSize, Boolean stratified, Integer version) {
}
