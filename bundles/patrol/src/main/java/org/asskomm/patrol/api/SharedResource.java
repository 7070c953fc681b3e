package org.asskomm.patrol.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

/** A resource whose cost the members share, e.g. the leased service vehicle (Dienstfahrzeug). */
public record SharedResource(String id, String compoundId, String name, ResourceKind kind, @Money BigDecimal monthlyFixed,
                             @Money BigDecimal perKm, @Money BigDecimal perHour, int version) {
}
