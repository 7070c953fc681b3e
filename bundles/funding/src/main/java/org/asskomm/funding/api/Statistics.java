package org.asskomm.funding.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/** Public aggregate figures of one programme: no names, no personal data. */
public record Statistics(int year, String title, @Money BigDecimal budget, @Money BigDecimal committed, @Money BigDecimal paid,
                         long applicationsSubmitted, long applicationsApproved, long municipalitiesFunded) {
}
