package org.asskomm.analysis.api;

import java.time.Instant;
import java.util.UUID;

/**
 * One imported crime statistics table, kept with its source and licence note.
 *
 * @param municipality the municipality a MUNICIPALITY table belongs to; null for the state-wide district table
 * @param rows         the rows stored (Saxon areas only)
 * @param skippedRows  rows of other federal states, skipped
 * @param supersededBy a later import of the same level, year (and municipality) that replaced this one
 */
public record CrimeImport(UUID id, CrimeTableLevel level, String municipality, int year, String source,
                          String licence, String fileName, int rows, int skippedRows, Instant importedAt,
                          String importedBy, UUID supersededBy) {
}
