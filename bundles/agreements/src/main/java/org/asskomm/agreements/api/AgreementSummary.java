package org.asskomm.agreements.api;

import java.time.LocalDate;
import java.util.UUID;

/** One line of the agreement list. */
public record AgreementSummary(UUID id, String municipality, String subject, AgreementStatus status,
                               LocalDate signedOn, int parties, int version) {
}
