package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.asskomm.platform.api.rest.Money;

/**
 * The LPR's decision on an application under review. {@code grantedAmount} is required for an approval;
 * at or below the programme's minimum grant the reviewer must give {@code exceptionJustification}.
 * {@code proofDue} defaults to the project end plus the programme's proof months.
 */
public record DecisionRequest(DecisionOutcome outcome, @Money BigDecimal grantedAmount, String conditions, String reason,
                              String exceptionJustification, LocalDate proofDue, Integer version) {
}
