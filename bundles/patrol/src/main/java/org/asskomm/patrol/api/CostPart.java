package org.asskomm.patrol.api;

import java.math.BigDecimal;

public record CostPart(String ags, BigDecimal amount) {
}
