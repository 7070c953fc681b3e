package org.asskomm.funding.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/**
 * A funded project of a programme that publishes its results: no applicant, no recipient, no texts beyond the title;
 * {@code committed} is granted minus reclaimed, {@code paid} the payouts.
 */
public record FundedProject(int year, String programme, String municipality, String municipalityName, String district,
                            String title, String actionField, @Money BigDecimal committed, @Money BigDecimal paid) {
}
