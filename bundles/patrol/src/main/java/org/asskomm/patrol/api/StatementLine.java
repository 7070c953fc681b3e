package org.asskomm.patrol.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/** One member's line of the monthly statement: its share under the key, hours and amount to pay. */
public record StatementLine(String ags, String name, BigDecimal weight, BigDecimal sharePercent,
                            BigDecimal contractedHours, BigDecimal deliveredHours, @Money BigDecimal amount) {
}
