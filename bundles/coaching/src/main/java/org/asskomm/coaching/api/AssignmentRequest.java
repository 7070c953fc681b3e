package org.asskomm.coaching.api;

import java.time.LocalDate;
import java.util.UUID;

/** Assigns a coach to the prevention coordinator of a municipality from a day on. */
public record AssignmentRequest(String municipality, UUID coachId, String coordinator, LocalDate startedOn) {
}
