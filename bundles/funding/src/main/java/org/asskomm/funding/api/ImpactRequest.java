package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Records measurements of indicators of the concept's logic model (by the indicator's name): the baseline before
 * the project and the follow-up after it, entered, imported or taken from a safety analysis re-survey
 * ({@code source}). A value left out keeps what was recorded before. {@code version}: the application's.
 */
public record ImpactRequest(List<Measurement> measurements, Integer version) {

    public record Measurement(String indicator, BigDecimal baseline, BigDecimal followUp, LocalDate measuredOn,
                              String source) {
    }
}
