package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

/** The monthly cost statement of a compound; {@code month} is {@code YYYY-MM}. */
public record CostStatement(String compoundId, String compoundName, String month, CostKeyType keyType,
                            LocalDate keyValidFrom, List<ResourceCost> resources, List<StatementLine> municipalities,
                            @Money BigDecimal total, String remainderRule) {

    public CostStatement {
        resources = List.copyOf(resources);
        municipalities = List.copyOf(municipalities);
    }
}
