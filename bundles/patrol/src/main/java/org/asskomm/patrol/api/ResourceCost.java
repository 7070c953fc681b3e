package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

/** One shared resource's cost of the month and its parts; the parts add up to {@code total} exactly. */
public record ResourceCost(String resourceId, String name, @Money BigDecimal fixed, BigDecimal km, @Money BigDecimal kmCost,
                           BigDecimal hours, @Money BigDecimal hourCost, @Money BigDecimal total, List<CostPart> parts) {

    public ResourceCost {
        parts = List.copyOf(parts);
    }
}
