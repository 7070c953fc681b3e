package org.asskomm.patrol.internal.planning;

import java.time.LocalDate;
import java.util.List;

/** A planned shift; {@code event} is the fixed event's title or null for a regular patrol shift. */
public record Shift(LocalDate date, String officerId, String ags, double hours, String event, int travelMinutes,
                    List<Stop> stops) {

    public Shift {
        stops = List.copyOf(stops);
    }

    /** A visit, {@code arrivalMinute} counted from the start of the shift. */
    public record Stop(String placeId, int arrivalMinute) {
    }
}
