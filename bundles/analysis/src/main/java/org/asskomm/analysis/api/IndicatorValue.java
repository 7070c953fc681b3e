package org.asskomm.analysis.api;

import java.math.BigDecimal;

/** One year's value of an indicator series (at most two decimals). */
public record IndicatorValue(Integer year, BigDecimal value) {
}
