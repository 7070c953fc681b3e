package org.asskomm.agreements.api;

import java.time.LocalDate;

/**
 * A request to move an agreement to another status. For {@code SIGNED}, {@code date} is the signing
 * date and {@code place} the signing place; for other statuses {@code date} defaults to today.
 */
public record Transition(AgreementStatus to, LocalDate date, String place, Integer version) {
}
