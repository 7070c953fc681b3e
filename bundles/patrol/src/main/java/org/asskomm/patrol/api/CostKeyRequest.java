package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@code shares} only for FIXED_SHARES, {@code basePercent} only for BASE_PLUS_USAGE. */
public record CostKeyRequest(LocalDate validFrom, CostKeyType type, BigDecimal basePercent, List<KeyShare> shares) {
}
