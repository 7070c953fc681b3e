package org.asskomm.patrol.api;

import java.math.BigDecimal;

/** A resource whose cost the members share, e.g. the leased service vehicle (Dienstfahrzeug). */
public record SharedResource(String id, String compoundId, String name, ResourceKind kind, BigDecimal monthlyFixed,
                             BigDecimal perKm, BigDecimal perHour, int version) {
}
