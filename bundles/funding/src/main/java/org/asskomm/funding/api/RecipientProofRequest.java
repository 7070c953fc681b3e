package org.asskomm.funding.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/** The proof of use of one recipient: what it actually spent and its factual report. */
public record RecipientProofRequest(@Money BigDecimal actualCosts, String report, Integer version) {
}
