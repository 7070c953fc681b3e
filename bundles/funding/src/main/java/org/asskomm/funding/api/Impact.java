package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The impact of one project: each indicator of its logic model with baseline, target and follow-up, how far of the
 * way from baseline to target it got ({@code achievement}, percent) and its light; the project's light follows from
 * the average achievement of the measured indicators.
 */
public record Impact(String applicationId, String title, String municipality, String municipalityName,
                     List<IndicatorResult> indicators, BigDecimal achievement, TrafficLight light) {

    public record IndicatorResult(String goal, String name, String unit, BigDecimal baseline, BigDecimal target,
                                  BigDecimal followUp, LocalDate measuredOn, String source, BigDecimal achievement,
                                  TrafficLight light) {
    }
}
