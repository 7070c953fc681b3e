package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * Why the platform allows a given amount: eligible costs from the cost plan (personnel capped by pay grade),
 * the rate limit, the caps, the minimum own contribution, and the maximum fundable amount.
 * {@code explanation} says it in words, one line per rule.
 */
public record Calculation(BigDecimal totalCosts, BigDecimal eligibleCosts, BigDecimal ineligibleCosts,
                          BigDecimal fundingRate, BigDecimal rateLimit, BigDecimal capPerApplication,
                          BigDecimal maxFundable, BigDecimal minOwnContribution, BigDecimal minGrant,
                          boolean reimbursementOnly, List<String> explanation) {
}
