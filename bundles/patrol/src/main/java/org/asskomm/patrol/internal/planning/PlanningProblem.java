package org.asskomm.patrol.internal.planning;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.patrol.api.TravelMode;

/**
 * Everything the planner needs, detached from the database so that planning is a pure function that unit
 * tests and the benchmark can call directly.
 *
 * @param shiftHours   length of a regular shift
 * @param speedKmh     car speed for the straight-line (haversine) distance (today's planner drives everywhere)
 * @param visitMinutes time spent at each place (at least)
 * @param speeds       speed per travel mode
 */
public record PlanningProblem(List<Member> members, List<Officer> officers, List<Place> places, LocalDate from,
                              LocalDate to, double shiftHours, double speedKmh, int visitMinutes,
                              List<Event> events, Speeds speeds) {

    /** Priority from which a place is a hotspot with a due time. */
    public static final int HOTSPOT_PRIORITY = 4;

    public PlanningProblem {
        members = List.copyOf(members);
        officers = List.copyOf(officers);
        places = List.copyOf(places);
        events = List.copyOf(events);
    }

    /** A problem where everyone drives at {@code speedKmh}. */
    public PlanningProblem(List<Member> members, List<Officer> officers, List<Place> places, LocalDate from,
                           LocalDate to, double shiftHours, double speedKmh, int visitMinutes, List<Event> events) {
        this(members, officers, places, from, to, shiftHours, speedKmh, visitMinutes, events,
                new Speeds(Speeds.FOOT, Speeds.BICYCLE, speedKmh));
    }

    /** A member municipality and its contracted hours per month (the weight of its share of hours). */
    public record Member(String ags, double contractedHours) {
    }

    /** Travel speeds in km/h. */
    public record Speeds(double foot, double bicycle, double car) {

        public static final double FOOT = 4.5;
        public static final double BICYCLE = 14;

        public double of(TravelMode mode) {
            return switch (mode) {
                case FOOT -> foot;
                case BICYCLE -> bicycle;
                case CAR -> car;
            };
        }
    }

    /** An officer's authority in one municipality, both days inclusive ({@code to} null: open-ended). */
    public record Authority(String ags, LocalDate from, LocalDate to) {

        boolean covers(String municipality, LocalDate day) {
            return ags.equals(municipality) && !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }

    /** @param authorities null: authorised in every member (the purpose agreement's default) */
    public record Officer(String id, String homeAgs, double weeklyHours, TravelMode mode, List<Authority> authorities) {

        public Officer {
            authorities = authorities == null ? null : List.copyOf(authorities);
        }

        public Officer(String id, String homeAgs, double weeklyHours) {
            this(id, homeAgs, weeklyHours, TravelMode.CAR, null);
        }

        public boolean authorisedIn(String ags, LocalDate day) {
            return authorities == null || authorities.stream().anyMatch(a -> a.covers(ags, day));
        }
    }

    /**
     * @param daysSinceLastPatrol {@link Integer#MAX_VALUE} when never patrolled
     * @param untouched           untouched as of the start of the period
     * @param requiredOfficers    1, or 2 where a place may only be patrolled in pairs
     * @param recentIncidents     offences recorded at the place in the 30 days before the period
     */
    public record Place(String id, String ags, double latitude, double longitude, int priority,
                        int daysSinceLastPatrol, boolean untouched, int requiredOfficers, int recentIncidents) {

        public Place(String id, String ags, double latitude, double longitude, int priority, int daysSinceLastPatrol,
                     boolean untouched) {
            this(id, ags, latitude, longitude, priority, daysSinceLastPatrol, untouched, 1, 0);
        }

        /** What today's planner maximises: untouched places first, then priority, then how long ago. */
        public long score() {
            return (untouched ? 100_000L : 0L) + priority * 1_000L + Math.min(daysSinceLastPatrol, 999);
        }

        public boolean hotspot() {
            return priority >= HOTSPOT_PRIORITY;
        }

        /** Working days a hotspot may go without a visit: 1 for priority 5, 2 for priority 4. */
        public int dueWorkingDays() {
            return Math.max(1, 6 - priority);
        }
    }

    /** A mandatory shift at a place (market, festival). */
    public record Event(String title, String placeId, LocalDate date, double hours) {
    }
}
