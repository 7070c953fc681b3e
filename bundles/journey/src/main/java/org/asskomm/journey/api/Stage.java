package org.asskomm.journey.api;

import java.util.List;

/** A stage of the journey, reached by any of its steps; {@code position} orders the stages. */
public record Stage(String code, int position, String labelDe, String labelEn, List<Step> steps, int version) {
}
