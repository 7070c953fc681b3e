package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.asskomm.platform.api.rest.Money;

/** A payout, reclaim or repayment: amount, value date (default today) and a note (required for reclaims). */
public record MoneyRequest(@Money BigDecimal amount, LocalDate valueDate, String note) {
}
