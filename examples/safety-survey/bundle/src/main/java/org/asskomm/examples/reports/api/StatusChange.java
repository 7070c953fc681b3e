package org.asskomm.examples.reports.api;

/** The next status of a report, with the version the client last read. */
public record StatusChange(ReportStatus status, Integer version) {
}
