package org.asskomm.patrol.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

public record CostPart(String ags, @Money BigDecimal amount) {
}
