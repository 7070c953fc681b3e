package org.asskomm.funding.api;

import java.math.BigDecimal;

/** Public aggregate figures of one programme: no names, no personal data. */
public record Statistics(int year, String title, BigDecimal budget, BigDecimal committed, BigDecimal paid,
                         long applicationsSubmitted, long applicationsApproved, long municipalitiesFunded) {
}
