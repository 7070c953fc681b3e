package org.asskomm.patrol.internal.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether a plan can be walked: utilisation (minutes at places and travelling over the shifts' working time, the
 * statutory break excluded), duplicated routes (two teams sharing a place on one day; a pair walking together is one
 * team), visits outside an officer's authority, pair places planned without a partner, hotspot working days past
 * their due time, and the share of priority places (hotspots, untouched places, places with recent incidents)
 * visited at least once.
 */
public record WalkMetrics(double utilisation, int duplicatedRoutes, int outsideAuthority, int unpairedVisits,
                          int hotspotDaysLate, int priorityPlaces, int priorityPlacesVisited) {

    public static WalkMetrics of(PlanningProblem problem, List<Shift> shifts) {
        Map<String, PlanningProblem.Place> places = new HashMap<>();
        problem.places().forEach(p -> places.put(p.id(), p));
        Map<String, PlanningProblem.Officer> officers = new HashMap<>();
        problem.officers().forEach(o -> officers.put(o.id(), o));
        double work = 0;
        double busy = 0;
        int outside = 0;
        int unpaired = 0;
        Map<LocalDate, Map<String, Set<String>>> teamsByDay = new TreeMap<>();
        Map<String, Set<LocalDate>> visitDays = new HashMap<>();
        for (Shift s : shifts) {
            work += s.hours() * 60 - s.breakMinutes();
            busy += s.stayMinutes() + s.travelMinutes();
            String team = s.partnerOfficerId() == null || s.officerId().compareTo(s.partnerOfficerId()) < 0
                    ? s.officerId() : s.partnerOfficerId();
            Set<String> teamPlaces = teamsByDay.computeIfAbsent(s.date(), d -> new HashMap<>())
                    .computeIfAbsent(team, t -> new HashSet<>());
            for (Shift.Stop stop : s.stops()) {
                PlanningProblem.Place p = places.get(stop.placeId());
                teamPlaces.add(p.id());
                visitDays.computeIfAbsent(p.id(), k -> new HashSet<>()).add(s.date());
                if (!officers.get(s.officerId()).authorisedIn(p.ags(), s.date())) {
                    outside++;
                }
                if (p.requiredOfficers() > 1 && s.event() == null && s.partnerOfficerId() == null) {
                    unpaired++;
                }
            }
        }
        int duplicated = 0;
        for (Map<String, Set<String>> teams : teamsByDay.values()) {
            List<Set<String>> list = new ArrayList<>(teams.values());
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    if (list.get(i).stream().anyMatch(list.get(j)::contains)) {
                        duplicated++;
                    }
                }
            }
        }
        int late = 0;
        int priority = 0;
        int priorityVisited = 0;
        for (PlanningProblem.Place p : problem.places()) {
            Set<LocalDate> days = visitDays.getOrDefault(p.id(), Set.of());
            if (p.hotspot() || p.untouched() || p.recentIncidents() > 0) {
                priority++;
                priorityVisited += days.isEmpty() ? 0 : 1;
            }
            if (p.hotspot()) {
                late += daysLate(problem, p, days);
            }
        }
        return new WalkMetrics(work <= 0 ? 0 : busy / work, duplicated, outside, unpaired, late, priority,
                priorityVisited);
    }

    /** Working days of the period at whose end the hotspot has gone longer than its due time without a visit. */
    static int daysLate(PlanningProblem problem, PlanningProblem.Place p, Set<LocalDate> visits) {
        LocalDate last = p.daysSinceLastPatrol() == Integer.MAX_VALUE ? null
                : problem.from().minusDays(p.daysSinceLastPatrol());
        int late = 0;
        for (LocalDate d = problem.from(); !d.isAfter(problem.to()); d = d.plusDays(1)) {
            if (visits.contains(d)) {
                last = d;
            }
            if (Urgency.isWorkingDay(d) && (last == null || Urgency.workingDaysBetween(last, d) >= p.dueWorkingDays())) {
                late++;
            }
        }
        return late;
    }

    public double priorityShare() {
        return priorityPlaces == 0 ? 1.0 : (double) priorityPlacesVisited / priorityPlaces;
    }
}
