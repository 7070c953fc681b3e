package org.asskomm.examples.survey.api;

import java.util.List;

/**
 * One returned questionnaire, anonymous: only the item scores in questionnaire order, each 1 (very
 * unsafe) to 5 (very safe), null where the respondent left the item out. Items worded the other way
 * round are recoded before entry, so that 5 is always the safest answer. Nothing else about the
 * respondent is recorded.
 */
public record ResponseDraft(List<Integer> scores) {
}
