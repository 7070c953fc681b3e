package org.asskomm.agreements.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What a client sends to create or update a cooperation agreement. {@code version} is required for an
 * update (optimistic locking) and ignored on creation. Validity is optional: real agreements have no term.
 *
 * @param firstContactOn the day of the first contact, the date of the agreement's first status (creation only;
 *                       not in the future; today when absent), so that an agreement entered later tells its
 *                       history in the right order
 */
public record AgreementDraft(String municipality, String subject, List<String> goals, List<String> measures,
                             List<Party> parties, LocalDate validFrom, LocalDate validUntil, Integer version,
                             LocalDate firstContactOn) {

    /** A draft whose first contact is the day it is entered. */
    public AgreementDraft(String municipality, String subject, List<String> goals, List<String> measures,
                          List<Party> parties, LocalDate validFrom, LocalDate validUntil, Integer version) {
        this(municipality, subject, goals, measures, parties, validFrom, validUntil, version, null);
    }
}
