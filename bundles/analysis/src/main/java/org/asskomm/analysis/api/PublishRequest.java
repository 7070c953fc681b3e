package org.asskomm.analysis.api;

/** Publishes the top {@code top} problems (1..8) as action fields; {@code version} of the analysis read. */
public record PublishRequest(Integer top, Integer version) {
}
