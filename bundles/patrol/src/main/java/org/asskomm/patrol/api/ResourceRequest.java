package org.asskomm.patrol.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.rest.Money;

public record ResourceRequest(String name, ResourceKind kind, @Money BigDecimal monthlyFixed, @Money BigDecimal perKm,
                              @Money BigDecimal perHour, Integer version) {
}
