package org.asskomm.councils.api;

import java.time.Instant;
import java.time.LocalDate;

/** One step of a council's lifecycle: which status, since which day, recorded when and by whom. */
public record StatusHistoryEntry(CouncilStatus status, LocalDate on, Instant recordedAt, String user, String note) {
}
