package org.asskomm.patrol.api;

import java.math.BigDecimal;

public record ResourceRequest(String name, ResourceKind kind, BigDecimal monthlyFixed, BigDecimal perKm,
                              BigDecimal perHour, Integer version) {
}
