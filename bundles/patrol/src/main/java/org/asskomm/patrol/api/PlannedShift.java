package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A shift worked by one officer for (in the name of) one member municipality. {@code partnerOfficerId} names the
 * second officer when two walk the route together; {@code breakMinutes} is the statutory break, taken at
 * {@code breakAtMinute} of the shift.
 */
public record PlannedShift(String id, LocalDate date, String officerId, String ags, BigDecimal hours,
                           String fixedEvent, int travelMinutes, List<PlannedVisit> route, String partnerOfficerId,
                           int breakMinutes, int breakAtMinute) {

    public PlannedShift {
        route = List.copyOf(route);
    }

    public PlannedShift(String id, LocalDate date, String officerId, String ags, BigDecimal hours, String fixedEvent,
                        int travelMinutes, List<PlannedVisit> route) {
        this(id, date, officerId, ags, hours, fixedEvent, travelMinutes, route, null, 0, 0);
    }
}
