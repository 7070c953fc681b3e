package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One append-only ledger line. */
public record LedgerEntry(String id, String programmeId, String applicationId, String municipality,
                          String district, String actionField, LedgerKind kind, BigDecimal amount,
                          LocalDate valueDate, Instant bookedAt, String bookedBy, String note) {
}
