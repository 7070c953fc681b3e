package org.asskomm.platform.api.admin;

import java.time.Instant;

/** The state of the last store operation on a feature; {@code message} says why it failed. */
public record FeatureStatus(String name, FeatureState state, String message, Instant at) {
}
