package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.asskomm.platform.api.rest.Money;

/**
 * A third party the municipality passes part of the grant on to (a school association, a sports club), with its
 * share, what was paid out to it (summed from the ledger lines booked for it) and its own proof of use.
 *
 * @param role what the recipient carries out in the project
 */
public record Recipient(String id, String applicationId, String name, String role, @Money BigDecimal share,
                        @Money BigDecimal paid, @Money BigDecimal payable, @Money BigDecimal proofActualCosts,
                        String proofReport, Instant proofSubmittedAt, Instant createdAt) {
}
