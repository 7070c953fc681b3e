package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * How good a plan is: untouched places reached, and how far each member's share of planned hours is from its
 * contracted share ({@code maxDeviationPercentPoints}).
 */
public record PlanMetrics(int untouchedPlaces, int untouchedReached, int placesVisited, BigDecimal totalHours,
                          BigDecimal maxDeviationPercentPoints, List<HoursShare> hours) {

    public PlanMetrics {
        hours = List.copyOf(hours);
    }
}
