package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/** What was actually done in a shift, in the name of member {@code ags}. */
public record PatrolLog(String id, String compoundId, String shiftId, String ags, LocalDateTime start,
                        LocalDateTime end, List<String> officerIds, String vehicleId, BigDecimal km,
                        List<String> placeIds, String observations, List<OffenceCount> offences, int warnings) {

    public PatrolLog {
        officerIds = List.copyOf(officerIds);
        placeIds = List.copyOf(placeIds);
        offences = List.copyOf(offences);
    }
}
