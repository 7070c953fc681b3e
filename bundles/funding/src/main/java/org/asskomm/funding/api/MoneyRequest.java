package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A payout, reclaim or repayment: amount, value date (default today) and a note (required for reclaims). */
public record MoneyRequest(BigDecimal amount, LocalDate valueDate, String note) {
}
