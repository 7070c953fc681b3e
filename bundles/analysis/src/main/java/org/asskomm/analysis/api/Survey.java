package org.asskomm.analysis.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The citizen survey of an analysis. Carries no personal data: the register extract is counted, never shown.
 *
 * @param registerRows          rows of the uploaded register extract
 * @param storedPersons         rows with names and addresses still stored (0 once the mailing list is exported)
 * @param personalDataDeletedAt when names and addresses were deleted (the export of the mailing list)
 */
public record Survey(UUID id, UUID analysisId, String municipality, String itemBank, SurveyStatus status,
                     int referenceYear, int registerRows, long storedPersons, Long seed, Integer sampleSize,
                     Boolean stratified, Instant exportedAt, Instant personalDataDeletedAt, int version) {
}
