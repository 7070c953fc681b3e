package org.asskomm.examples.survey.api;

import java.time.LocalDate;

/** Request body to kick off a survey: one per municipality and year. */
public record SurveyDraft(String municipality, Integer year, LocalDate kickOffOn) {
}
