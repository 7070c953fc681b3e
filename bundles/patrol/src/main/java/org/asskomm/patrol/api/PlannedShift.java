package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A shift worked by one officer for (in the name of) one member municipality. */
public record PlannedShift(String id, LocalDate date, String officerId, String ags, BigDecimal hours,
                           String fixedEvent, int travelMinutes, List<PlannedVisit> route) {

    public PlannedShift {
        route = List.copyOf(route);
    }
}
