package org.asskomm.analysis.api;

import java.math.BigDecimal;

/**
 * One offence key in one year: cases and rate per 100,000 inhabitants of the municipality, its district and
 * Saxony. A value is null where no table of that level covers the year.
 */
public record ProfileRow(String offenceKey, String offenceName, int year, Long municipalityCases,
                         BigDecimal municipalityRate, Long districtCases, BigDecimal districtRate, Long saxonyCases,
                         BigDecimal saxonyRate) {
}
