package org.asskomm.analysis.api;

/** An item of the questionnaire's item bank; {@code index} items make up the safety index. */
public record SurveyItem(String key, String group, String text, boolean index) {
}
