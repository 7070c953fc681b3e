package org.asskomm.examples.survey.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One safety analysis of a municipality in a year. {@code responses} counts the returned questionnaires
 * entered; {@code version} is for optimistic locking.
 */
public record Survey(UUID id, String municipality, int year, SurveyPhase phase, LocalDate kickOffOn,
                     LocalDate plannedReportOn, Integer sampleSize, long responses, List<PhaseEntry> phases,
                     int version) {
}
