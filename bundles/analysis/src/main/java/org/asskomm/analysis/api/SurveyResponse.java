package org.asskomm.analysis.api;

import java.util.Map;
import java.util.UUID;

/** A stored response: nothing in it refers to a sampled person, a code or a time. */
public record SurveyResponse(UUID id, UUID surveyId, String municipality, Channel channel, AgeGroup ageGroup, Sex sex,
                             Map<String, Integer> answers) {
}
