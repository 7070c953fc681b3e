package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One revision of an application's project concept after the Beccaria standards: the text of each of the seven
 * steps, the logic model (goals to measurable indicators), where it started from (a safety analysis' published
 * action fields, say), and each step's completeness as checked before submission.
 *
 * @param revision  1 for the first saved concept, one more for every change; older revisions stay readable
 * @param startedFrom what the first revision was started from, in words (null: written from scratch)
 */
public record Concept(String applicationId, int revision, Steps steps, List<Indicator> indicators, String startedFrom,
                      List<StepCheck> checks, boolean complete, Instant savedAt, String savedBy) {

    /** The text of the seven steps. */
    public record Steps(String problem, String causes, String goals, String measures, String implementation,
                        String evaluation, String documentation) {

        public String of(ConceptStep step) {
            return switch (step) {
                case PROBLEM -> problem;
                case CAUSES -> causes;
                case GOALS -> goals;
                case MEASURES -> measures;
                case IMPLEMENTATION -> implementation;
                case EVALUATION -> evaluation;
                case DOCUMENTATION -> documentation;
            };
        }
    }

    /** One line of the logic model: a goal and the indicator that measures it, with its unit and target value. */
    public record Indicator(String goal, String name, String unit, BigDecimal target) {
    }

    /** Whether a step is complete; {@code missing} says in the reader's language what is still missing. */
    public record StepCheck(ConceptStep step, String label, boolean complete, String missing) {
    }
}
