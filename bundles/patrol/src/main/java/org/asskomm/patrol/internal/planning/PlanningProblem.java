package org.asskomm.patrol.internal.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the planner needs, detached from the database so that planning is a pure function that unit
 * tests and the benchmark can call directly.
 *
 * @param shiftHours   length of a regular shift
 * @param speedKmh     travel speed for the straight-line (haversine) distance
 * @param visitMinutes time spent at each place
 */
public record PlanningProblem(List<Member> members, List<Officer> officers, List<Place> places, LocalDate from,
                              LocalDate to, double shiftHours, double speedKmh, int visitMinutes,
                              List<Event> events) {

    public PlanningProblem {
        members = List.copyOf(members);
        officers = List.copyOf(officers);
        places = List.copyOf(places);
        events = List.copyOf(events);
    }

    /** A member municipality and its contracted hours per month (the weight of its share of hours). */
    public record Member(String ags, double contractedHours) {
    }

    public record Officer(String id, String homeAgs, double weeklyHours) {
    }

    /**
     * @param daysSinceLastPatrol {@link Integer#MAX_VALUE} when never patrolled
     * @param untouched           untouched as of the start of the period
     */
    public record Place(String id, String ags, double latitude, double longitude, int priority,
                        int daysSinceLastPatrol, boolean untouched) {

        /** What the planner maximises: untouched places first, then priority, then how long ago. */
        public long score() {
            return (untouched ? 100_000L : 0L) + priority * 1_000L + Math.min(daysSinceLastPatrol, 999);
        }
    }

    /** A mandatory shift at a place (market, festival). */
    public record Event(String title, String placeId, LocalDate date, double hours) {
    }
}
