package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A planning run for {@code from}..{@code to} (inclusive). Defaults: 8-hour shifts, 20 minutes per visit, by car
 * 40 km/h ({@code speedKmh}), by bicycle 14 km/h, on foot 4.5 km/h.
 */
public record PlanRequest(LocalDate from, LocalDate to, BigDecimal shiftHours, BigDecimal speedKmh,
                          Integer visitMinutes, List<FixedEvent> fixedEvents, BigDecimal bicycleKmh,
                          BigDecimal footKmh) {

    public PlanRequest(LocalDate from, LocalDate to, BigDecimal shiftHours, BigDecimal speedKmh, Integer visitMinutes,
                       List<FixedEvent> fixedEvents) {
        this(from, to, shiftHours, speedKmh, visitMinutes, fixedEvents, null, null);
    }
}
