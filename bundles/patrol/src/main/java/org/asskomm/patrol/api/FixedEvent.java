package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An agreed event duty (market, festival): the planner makes it a mandatory shift at the place. */
public record FixedEvent(String title, String placeId, LocalDate date, BigDecimal hours) {
}
