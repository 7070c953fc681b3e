package org.asskomm.funding.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/**
 * One line of a cost plan. Personnel lines ({@code PERSONNEL}) name the pay grade, the full-time
 * person-years and the qualification of the person; their eligible amount is capped by the programme's table.
 */
public record CostItem(String category, String description, @Money BigDecimal amount, String payGrade,
                       BigDecimal personYears, String qualification) {
}
