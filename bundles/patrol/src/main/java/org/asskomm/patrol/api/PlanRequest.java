package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A planning run for {@code from}..{@code to} (inclusive). Defaults: 8-hour shifts, 40 km/h, 20 minutes per visit.
 */
public record PlanRequest(LocalDate from, LocalDate to, BigDecimal shiftHours, BigDecimal speedKmh,
                          Integer visitMinutes, List<FixedEvent> fixedEvents) {
}
