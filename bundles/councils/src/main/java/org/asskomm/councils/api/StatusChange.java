package org.asskomm.councils.api;

import java.time.LocalDate;

/** Moves a council to its next status on a given day; {@code version} as read. */
public record StatusChange(CouncilStatus status, LocalDate on, String note, Integer version) {
}
