package org.asskomm.analysis.api;

import java.util.List;
import java.util.Map;

/** Response rate, safety index and item means of a survey. */
public record SurveyResults(int mailed, long responses, long paper, long online, Double responseRate,
                            SafetyIndex index, Map<String, Double> itemMeans, List<Stratum> strata) {
}
