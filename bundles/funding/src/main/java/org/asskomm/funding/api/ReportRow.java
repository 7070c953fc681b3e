package org.asskomm.funding.api;

import java.math.BigDecimal;

/** Budget use of one group (district, municipality or action field) of a programme, summed from the ledger. */
public record ReportRow(String key, BigDecimal granted, BigDecimal reclaimed, BigDecimal committed,
                        BigDecimal paid, BigDecimal repaid, long applications) {
}
