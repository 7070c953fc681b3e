package org.asskomm.patrol.api;

import java.math.BigDecimal;

public record KeyShare(String ags, BigDecimal percent) {
}
