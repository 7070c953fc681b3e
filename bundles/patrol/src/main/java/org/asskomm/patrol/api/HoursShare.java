package org.asskomm.patrol.api;

import java.math.BigDecimal;

public record HoursShare(String ags, BigDecimal contractedPercent, BigDecimal plannedHours, BigDecimal plannedPercent) {
}
