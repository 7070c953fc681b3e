package org.asskomm.examples.survey.api;

import java.time.LocalDate;

/**
 * Request body to move a survey to its next phase. {@code date} defaults to today; {@code sampleSize}
 * (number of residents drawn) is required for {@link SurveyPhase#SAMPLE_DRAWN}.
 */
public record PhaseChange(SurveyPhase phase, LocalDate date, Integer sampleSize, Integer version) {
}
