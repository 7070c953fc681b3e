package org.asskomm.patrol.api;

import java.time.LocalDate;

/**
 * An officer's authority in one member municipality from {@code validFrom} to {@code validTo} (both inclusive,
 * {@code validTo} null: open-ended), on a legal basis with its reference (e.g. the decree or agreement).
 */
public record Authority(String ags, LocalDate validFrom, LocalDate validTo, LegalBasis basis, String reference) {

    /** Whether this authority covers {@code ags} on {@code day}. */
    public boolean covers(String municipality, LocalDate day) {
        return ags.equals(municipality) && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
