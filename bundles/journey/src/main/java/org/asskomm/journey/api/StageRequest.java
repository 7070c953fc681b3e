package org.asskomm.journey.api;

import java.util.List;

/** A new stage or the new state of one ({@code version} for a change). */
public record StageRequest(Integer position, String labelDe, String labelEn, List<Step> steps, Integer version) {
}
