package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** {@code shiftId} is optional; when given it must be a planned shift of the compound. */
public record LogRequest(String shiftId, String ags, LocalDateTime start, LocalDateTime end, List<String> officerIds,
                         String vehicleId, BigDecimal km, List<String> placeIds, String observations,
                         List<OffenceCount> offences, Integer warnings) {
}
