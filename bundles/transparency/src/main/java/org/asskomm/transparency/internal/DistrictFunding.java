package org.asskomm.transparency.internal;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/** Funding committed (granted minus reclaimed) and paid in one district by the programmes of one year. */
public record DistrictFunding(String district, int year, @Money BigDecimal committed, @Money BigDecimal paid) {
}
