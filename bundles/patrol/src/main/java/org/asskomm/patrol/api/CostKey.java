package org.asskomm.patrol.api;

import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.List;

/** A version of the compound's cost-sharing key, in force from {@code validFrom} until the next version. */
public record CostKey(String id, String compoundId, LocalDate validFrom, CostKeyType type, BigDecimal basePercent,
                      List<KeyShare> shares) {

    public CostKey {
        shares = shares == null ? List.of() : List.copyOf(shares);
    }
}
