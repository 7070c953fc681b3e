package org.asskomm.funding.api;

/** Filters of the application list; null means any. */
public record ApplicationQuery(String programmeId, String municipality, ApplicationStatus status, Integer year) {
}
