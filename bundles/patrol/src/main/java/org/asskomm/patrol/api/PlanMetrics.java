package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * How good a plan is: untouched places reached, how far each member's share of planned hours is from its
 * contracted share ({@code maxDeviationPercentPoints}), the share of working time (shift minus statutory break) spent
 * at places and travelling ({@code utilisationPercent}) and the routes two teams share on a day
 * ({@code duplicatedRoutes}); the last two are null for plans made before they were measured.
 */
public record PlanMetrics(int untouchedPlaces, int untouchedReached, int placesVisited, BigDecimal totalHours,
                          BigDecimal maxDeviationPercentPoints, List<HoursShare> hours, BigDecimal utilisationPercent,
                          Integer duplicatedRoutes) {

    public PlanMetrics {
        hours = List.copyOf(hours);
    }

    public PlanMetrics(int untouchedPlaces, int untouchedReached, int placesVisited, BigDecimal totalHours,
                       BigDecimal maxDeviationPercentPoints, List<HoursShare> hours) {
        this(untouchedPlaces, untouchedReached, placesVisited, totalHours, maxDeviationPercentPoints, hours, null, null);
    }
}
