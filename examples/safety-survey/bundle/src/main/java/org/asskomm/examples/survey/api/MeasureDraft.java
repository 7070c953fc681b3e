package org.asskomm.examples.survey.api;

/** Request body to create a measure. */
public record MeasureDraft(String municipality, String title) {
}
