package org.asskomm.patrol.api;

import java.math.BigDecimal;

/** A municipality of a compound with the service hours per month it contracted. */
public record CompoundMember(String ags, String name, MemberRole role, BigDecimal contractedHoursPerMonth) {
}
