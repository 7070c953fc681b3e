package org.asskomm.analysis.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What anybody may know of an analysis, without login: no names, no titles, no single answers. The index is shown
 * only from {@link #MIN_RESPONDENTS} respondents on, the action fields once published.
 */
public record PublicSummary(String municipality, AnalysisStatus status, AnalysisPhase currentPhase,
                            LocalDate plannedEnd, Double index, Double indexLower, Double indexUpper,
                            List<String> actionFields) {

    public static final int MIN_RESPONDENTS = 30;
}
