package org.asskomm.funding.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An LPR consultation the agreements module reported through its event (when that module is installed). */
public record KnownConsultation(String id, String municipality, LocalDate date, List<String> topics,
                                Instant receivedAt) {
}
