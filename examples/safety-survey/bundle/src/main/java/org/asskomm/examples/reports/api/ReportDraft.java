package org.asskomm.examples.reports.api;

import java.time.LocalDate;

/** A new report: a municipality, a category, the day, and a place described or given by coordinates (or both). */
public record ReportDraft(String municipality, ReportCategory category, String place, Double latitude,
                          Double longitude, LocalDate reportedOn, String description) {
}
