package org.asskomm.funding.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/**
 * The LPR's review of a proof of use: the eligible costs it recognises. The final grant is
 * min(committed, rate x recognised costs rounded down to the cent); the rest of the grant is reclaimed.
 */
public record ProofReviewRequest(@Money BigDecimal recognizedCosts, String note, Integer version) {
}
