package org.asskomm.funding.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/** Maximum eligible personnel cost per full-time person-year of a pay grade (e.g. TV-L E11, step 3). */
public record PayGradeCap(String payGrade, @Money BigDecimal annualCap) {
}
