package org.asskomm.examples.reports.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A citizen's report of an incivility.
 *
 * @param place      a description of the place ("Spielplatz am Teich"); null when only coordinates were given
 * @param latitude   WGS84, with {@code longitude}; both null when only the place was described
 * @param reportedOn the day the citizen reported it (not the day it was entered)
 */
public record Report(UUID id, String municipality, ReportCategory category, String place, Double latitude,
                     Double longitude, LocalDate reportedOn, String description, ReportStatus status, int version) {
}
