package org.asskomm.coaching.api;

import java.time.LocalDate;

/** Ends an assignment on a day. */
public record AssignmentEnd(LocalDate endedOn, Integer version) {
}
