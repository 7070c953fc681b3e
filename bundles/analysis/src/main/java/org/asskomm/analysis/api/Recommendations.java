package org.asskomm.analysis.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The ranked problems of an analysis and, once published, the action fields handed to the council. */
public record Recommendations(UUID analysisId, String municipality, List<Recommendation> ranking,
                              List<String> publishedActionFields, Instant publishedAt, String method) {

    public static final String METHOD = "score = prevalence (share answering 1 or 2) x severity (1..3); ranked by"
            + " score, then severity; evidence: survey item, PKS trend of the linked offence key";
}
