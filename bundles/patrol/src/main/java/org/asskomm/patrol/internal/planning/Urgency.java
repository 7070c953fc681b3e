package org.asskomm.patrol.internal.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How urgent a visit to a place is on a day, and why, as the plan goes on: a hotspot whose due time has come first,
 * then untouched places not yet planned, recent incidents, priority and the days since the last visit (planned or
 * logged). The reason codes are shown to the team leader with every visit.
 */
public final class Urgency {

    /** A hotspot (priority 4 or 5) whose due time has come. */
    public static final String HOTSPOT_DUE = "HOTSPOT_DUE";
    /** A hotspot visited again before its due time because it is among the best of its municipality. */
    public static final String HOTSPOT = "HOTSPOT";
    /** Untouched: never patrolled or not for longer than the compound's limit. */
    public static final String UNTOUCHED = "UNTOUCHED";
    /** Offences were recorded at the place in the 30 days before the plan. */
    public static final String RECENT_INCIDENTS = "RECENT_INCIDENTS";
    /** Not visited for two weeks or more. */
    public static final String LONG_UNVISITED = "LONG_UNVISITED";
    /** None of the above: on the way, it fills the shift. */
    public static final String ON_ROUTE = "ON_ROUTE";
    /** The place of a fixed event. */
    public static final String EVENT = "EVENT";

    private static final int LONG_DAYS = 14;
    private static final int MAX_INCIDENTS = 10;

    private final Map<String, LocalDate> lastVisit = new HashMap<>();
    private final Set<String> visitedInPlan = new HashSet<>();

    public Urgency(PlanningProblem problem) {
        for (PlanningProblem.Place p : problem.places()) {
            if (p.daysSinceLastPatrol() != Integer.MAX_VALUE) {
                lastVisit.put(p.id(), problem.from().minusDays(p.daysSinceLastPatrol()));
            }
        }
    }

    /** Working days (Monday to Friday) after {@code since} up to and including {@code day}. */
    public static long workingDaysBetween(LocalDate since, LocalDate day) {
        long days = ChronoUnit.DAYS.between(since, day);
        if (days <= 0) {
            return 0;
        }
        long weeks = days / 7;
        long count = weeks * 5;
        for (LocalDate d = since.plusDays(weeks * 7 + 1); !d.isAfter(day); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    public static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    /** A hotspot that must be visited on {@code day} to keep its due time. */
    public boolean due(PlanningProblem.Place p, LocalDate day) {
        LocalDate last = lastVisit.get(p.id());
        return p.hotspot() && (last == null || workingDaysBetween(last, day) >= p.dueWorkingDays());
    }

    /** Worth sending a second officer for (places patrolled only in pairs). */
    public boolean needed(PlanningProblem.Place p, LocalDate day) {
        return due(p, day) || untouched(p) || p.recentIncidents() > 0 || calendarDays(p, day) >= LONG_DAYS;
    }

    private boolean untouched(PlanningProblem.Place p) {
        return p.untouched() && !visitedInPlan.contains(p.id());
    }

    private long calendarDays(PlanningProblem.Place p, LocalDate day) {
        LocalDate last = lastVisit.get(p.id());
        return last == null ? 999 : Math.min(999, ChronoUnit.DAYS.between(last, day));
    }

    public long score(PlanningProblem.Place p, LocalDate day) {
        return (due(p, day) ? 10_000_000L : 0L) + (untouched(p) ? 1_000_000L : 0L)
                + Math.min(p.recentIncidents(), MAX_INCIDENTS) * 50_000L + p.priority() * 10_000L
                + calendarDays(p, day) * 10L;
    }

    public List<String> reasons(PlanningProblem.Place p, LocalDate day) {
        List<String> reasons = new ArrayList<>();
        if (due(p, day)) {
            reasons.add(HOTSPOT_DUE);
        } else if (p.hotspot()) {
            reasons.add(HOTSPOT);
        }
        if (untouched(p)) {
            reasons.add(UNTOUCHED);
        } else if (calendarDays(p, day) >= LONG_DAYS) {
            reasons.add(LONG_UNVISITED);
        }
        if (p.recentIncidents() > 0) {
            reasons.add(RECENT_INCIDENTS);
        }
        if (reasons.isEmpty()) {
            reasons.add(ON_ROUTE);
        }
        return reasons;
    }

    public void visit(String placeId, LocalDate day) {
        visitedInPlan.add(placeId);
        lastVisit.merge(placeId, day, (a, b) -> a.isAfter(b) ? a : b);
    }
}
