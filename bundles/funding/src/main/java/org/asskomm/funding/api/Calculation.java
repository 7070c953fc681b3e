package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

/**
 * Why the platform allows a given amount: eligible costs from the cost plan (personnel capped by pay grade),
 * the rate limit, the caps, the minimum own contribution, and the maximum fundable amount.
 * {@code explanation} says it in words, one line per rule.
 */
public record Calculation(@Money BigDecimal totalCosts, @Money BigDecimal eligibleCosts, @Money BigDecimal ineligibleCosts,
                          BigDecimal fundingRate, BigDecimal rateLimit, @Money BigDecimal capPerApplication,
                          @Money BigDecimal maxFundable, @Money BigDecimal minOwnContribution, @Money BigDecimal minGrant,
                          boolean reimbursementOnly, List<String> explanation) {
}
