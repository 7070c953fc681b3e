package org.asskomm.funding.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/** Budget use of one group (district, municipality or action field) of a programme, summed from the ledger. */
public record ReportRow(String key, @Money BigDecimal granted, @Money BigDecimal reclaimed, @Money BigDecimal committed,
                        @Money BigDecimal paid, @Money BigDecimal repaid, long applications) {
}
