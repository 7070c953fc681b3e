package org.asskomm.training.api;

import java.time.Instant;

/** A message for the staff of the participant's municipality, e.g. a move up from the waitlist. */
public record Notification(String id, String enrolmentId, String municipality, String kind, String message,
                           Instant createdAt) {
}
