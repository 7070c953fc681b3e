package org.asskomm.agreements.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a client sends to create or update a cooperation agreement. {@code version} is required for an
 * update (optimistic locking) and ignored on creation. Validity is optional: real agreements have no term.
 */
public record AgreementDraft(String municipality, String subject, List<String> goals, List<String> measures,
                             List<Party> parties, LocalDate validFrom, LocalDate validUntil, Integer version) {
}
