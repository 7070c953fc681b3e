package org.asskomm.analysis.api;

import java.util.Map;

/**
 * One returned questionnaire: answers by item key of the item bank (1 ... 5, 5 always the safest or most positive
 * answer; items left out are missing), and the respondent's age group and sex as stated on the questionnaire.
 *
 * @param code the one-time code of the letter: required online, optional on paper (then it is used up as well)
 */
public record ResponseDraft(Channel channel, String code, AgeGroup ageGroup, Sex sex, Map<String, Integer> answers) {
}
