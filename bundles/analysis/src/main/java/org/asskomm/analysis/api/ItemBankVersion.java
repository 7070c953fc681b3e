package org.asskomm.analysis.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of the questionnaire's item bank: the one shipped with the platform ({@code id} null) or one the LPR
 * published. A survey keeps the version it was created with.
 *
 * @param version "year-number", e.g. {@code 2026-2}
 */
public record ItemBankVersion(UUID id, String version, Instant publishedAt, String publishedBy, String note,
                              List<SurveyItem> items) {

    public ItemBankVersion {
        items = List.copyOf(items);
    }
}
