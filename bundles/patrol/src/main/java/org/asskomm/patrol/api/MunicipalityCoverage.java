package org.asskomm.patrol.api;

import java.math.BigDecimal;

public record MunicipalityCoverage(String ags, String name, int places, int patrolled, BigDecimal sharePercent) {
}
