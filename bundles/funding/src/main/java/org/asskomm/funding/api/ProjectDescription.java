package org.asskomm.funding.api;

/** The seven Beccaria quality steps, one field each. */
public record ProjectDescription(String problemDescription, String causeAnalysis, String goalsAndTargetGroups,
                                 String measures, String implementation, String evaluation, String conclusions) {
}
