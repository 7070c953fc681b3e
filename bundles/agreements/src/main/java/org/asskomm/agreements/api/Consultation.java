package org.asskomm.agreements.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded consultation (Beratung). */
public record Consultation(UUID id, String municipality, LocalDate date, List<String> topics,
                           List<String> participants, String outcome, List<String> followUps) {
}
