package org.asskomm.examples.reports.api;

/** What a citizen reported (labels: message keys {@code citizenreports.category.<NAME>}). */
public enum ReportCategory {
    LITTER, ILLEGAL_DUMPING, GRAFFITI, STREET_LIGHT, VANDALISM, NOISE, OTHER
}
