package org.asskomm.examples.reports.api;

import java.util.Optional;

/** How far the municipality has got with a report: one step at a time, {@code RECEIVED -> IN_PROGRESS -> RESOLVED}. */
public enum ReportStatus {
    RECEIVED, IN_PROGRESS, RESOLVED;

    public Optional<ReportStatus> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
