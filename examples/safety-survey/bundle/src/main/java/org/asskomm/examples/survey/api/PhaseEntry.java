package org.asskomm.examples.survey.api;

import java.time.LocalDate;

/** When a survey entered a phase. */
public record PhaseEntry(SurveyPhase phase, LocalDate enteredOn) {
}
