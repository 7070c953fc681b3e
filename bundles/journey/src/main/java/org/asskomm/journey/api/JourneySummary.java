package org.asskomm.journey.api;

import java.time.LocalDate;
import java.util.Map;

/** The stages a municipality has reached, by code, with the day each was reached (for the map's layers). */
public record JourneySummary(String municipality, String name, String district, Map<String, LocalDate> reached) {
}
