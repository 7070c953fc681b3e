package org.asskomm.patrol.api;

import java.util.List;

/**
 * A stop of a shift's route, {@code arrivalMinute} counted from the start of the shift, {@code stayMinutes} spent
 * there; {@code reasons} say why the place was chosen: HOTSPOT_DUE, HOTSPOT, UNTOUCHED, RECENT_INCIDENTS,
 * LONG_UNVISITED, ON_ROUTE, EVENT.
 */
public record PlannedVisit(String placeId, String placeName, int arrivalMinute, int stayMinutes, List<String> reasons) {

    public PlannedVisit {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    public PlannedVisit(String placeId, String placeName, int arrivalMinute) {
        this(placeId, placeName, arrivalMinute, 0, List.of());
    }
}
