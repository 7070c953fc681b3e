package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.asskomm.platform.api.rest.Money;

/**
 * One append-only ledger line. A payout of a third party's share names the recipient ({@code recipientId},
 * {@code recipientName}): the money went from the programme through the municipality to the recipient.
 */
public record LedgerEntry(String id, String programmeId, String applicationId, String municipality,
                          String district, String actionField, LedgerKind kind, @Money BigDecimal amount,
                          LocalDate valueDate, Instant bookedAt, String bookedBy, String note, String recipientId,
                          String recipientName) {
}
