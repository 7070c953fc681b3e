package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.util.List;

/** One shared resource's cost of the month and its parts; the parts add up to {@code total} exactly. */
public record ResourceCost(String resourceId, String name, BigDecimal fixed, BigDecimal km, BigDecimal kmCost,
                           BigDecimal hours, BigDecimal hourCost, BigDecimal total, List<CostPart> parts) {

    public ResourceCost {
        parts = List.copyOf(parts);
    }
}
