package org.asskomm.funding.api;

/**
 * The seven steps of the Beccaria standards for a prevention project, in their order: problem description, analysis
 * of causes, goals (with the logic model from goals to measurable indicators), measures, implementation plan,
 * evaluation plan, documentation.
 */
public enum ConceptStep {
    PROBLEM, CAUSES, GOALS, MEASURES, IMPLEMENTATION, EVALUATION, DOCUMENTATION
}
