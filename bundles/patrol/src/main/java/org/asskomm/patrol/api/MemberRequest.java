package org.asskomm.patrol.api;

import java.math.BigDecimal;

public record MemberRequest(String ags, BigDecimal contractedHoursPerMonth) {
}
