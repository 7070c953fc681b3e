package org.asskomm.patrol.internal.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A planned shift; {@code event} is the fixed event's title or null for a regular patrol shift.
 * {@code partnerOfficerId} names the second officer of a pair (both shifts carry the same route);
 * {@code breakMinutes} is the statutory break, taken from {@code breakAtMinute} of the shift.
 */
public record Shift(LocalDate date, String officerId, String ags, double hours, String event, int travelMinutes,
                    List<Stop> stops, String partnerOfficerId, int breakMinutes, int breakAtMinute) {

    public Shift {
        stops = List.copyOf(stops);
    }

    public Shift(LocalDate date, String officerId, String ags, double hours, String event, int travelMinutes,
                 List<Stop> stops) {
        this(date, officerId, ags, hours, event, travelMinutes, stops, null, 0, 0);
    }

    /** Minutes at places. */
    public int stayMinutes() {
        return stops.stream().mapToInt(Stop::stayMinutes).sum();
    }

    /**
     * A visit, {@code arrivalMinute} counted from the start of the shift; {@code reasons} say why the place was
     * chosen ({@link Urgency} codes).
     */
    public record Stop(String placeId, int arrivalMinute, int stayMinutes, List<String> reasons) {

        public Stop {
            reasons = List.copyOf(reasons);
        }

        public Stop(String placeId, int arrivalMinute) {
            this(placeId, arrivalMinute, 0, List.of());
        }
    }
}
