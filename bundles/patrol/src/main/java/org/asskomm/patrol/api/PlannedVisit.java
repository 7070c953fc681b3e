package org.asskomm.patrol.api;

/** A stop of a shift's route, {@code arrivalMinute} counted from the start of the shift. */
public record PlannedVisit(String placeId, String placeName, int arrivalMinute) {
}
