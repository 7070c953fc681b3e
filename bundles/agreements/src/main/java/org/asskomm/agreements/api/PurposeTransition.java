package org.asskomm.agreements.api;

import java.time.LocalDate;

/** A request to move a purpose agreement to another status; {@code date} defaults to today. */
public record PurposeTransition(PurposeStatus to, LocalDate date, Integer version) {
}
