package org.asskomm.analysis.api;

import java.util.List;

/**
 * The safety index of analysed municipalities side by side, and pooled over all of them. Municipal staff see their
 * own municipalities' rows and the pooled value; the LPR and viewers see every row.
 */
public record SurveyComparison(List<Row> municipalities, SafetyIndex allMunicipalities) {

    /** One survey's index (unweighted, with its 95 % interval). */
    public record Row(String municipality, java.util.UUID surveyId, int referenceYear, SafetyIndex index) {
    }
}
