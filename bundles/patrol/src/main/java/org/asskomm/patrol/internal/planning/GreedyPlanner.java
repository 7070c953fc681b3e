package org.asskomm.patrol.internal.planning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Today's planner (before issue 24), kept as the benchmark's reference; a pure function of a {@link PlanningProblem}:
 * <ol>
 * <li>fixed events become mandatory shifts, then every officer gets regular shifts within the weekly hours
 *     ({@link ShiftSlots});</li>
 * <li>hours: each regular shift, in date order, goes to the member with the largest deficit against its
 *     contracted share of all hours (ties: the officer's home municipality, then AGS order), so that no
 *     member is ever more than one shift away from its share;</li>
 * <li>route: the member's places not yet planned in this period, best score first (untouched, then
 *     priority, then days since the last patrol), are inserted where they lengthen the route least
 *     (cheapest insertion) as long as travel plus visits fit the shift; once every place of the member is
 *     planned, the pool starts again.</li>
 * </ol>
 * Runtime: O(shifts x members) for the hours plus O(shifts x places per member x route length) for routes.
 */
public final class GreedyPlanner {

    public List<Shift> plan(PlanningProblem problem) {
        Map<String, PlanningProblem.Place> byId = new HashMap<>();
        Map<String, List<PlanningProblem.Place>> byMember = new HashMap<>();
        for (PlanningProblem.Place p : problem.places()) {
            byId.put(p.id(), p);
            byMember.computeIfAbsent(p.ags(), k -> new ArrayList<>()).add(p);
        }
        ShiftSlots frame = new ShiftSlots(problem, byId);
        Routing routing = new Routing(problem);
        List<Shift> shifts = new ArrayList<>(frame.eventShifts());

        Deficits deficit = new Deficits(problem, frame);

        // Candidate pools per member, best score first; places of fixed events were already visited.
        Map<String, List<PlanningProblem.Place>> pools = new LinkedHashMap<>();
        byMember.forEach((ags, list) -> pools.put(ags, sortedByScore(list)));
        for (Shift s : frame.eventShifts()) {
            PlanningProblem.Place p = byId.get(s.stops().get(0).placeId());
            pools.get(p.ags()).remove(p);
        }

        for (ShiftSlots.Slot slot : frame.slots()) {
            String ags = deficit.largest(slot.homeAgs(), null);
            if (ags == null) {
                break;
            }
            deficit.charge(ags, slot.hours());
            List<PlanningProblem.Place> pool = pools.get(ags);
            if (pool == null) {
                shifts.add(routing.shift(slot, ags, List.of()));
                continue;
            }
            if (pool.isEmpty()) {
                pool.addAll(sortedByScore(byMember.get(ags)));
            }
            List<PlanningProblem.Place> route = route(routing, ags, pool, slot.hours() * 60.0);
            pool.removeAll(route);
            shifts.add(routing.shift(slot, ags, route));
        }
        shifts.sort(Comparator.comparing(Shift::date).thenComparing(Shift::officerId));
        return shifts;
    }

    private static List<PlanningProblem.Place> sortedByScore(List<PlanningProblem.Place> places) {
        List<PlanningProblem.Place> sorted = new ArrayList<>(places);
        sorted.sort(Comparator.comparingLong(PlanningProblem.Place::score).reversed()
                .thenComparing(PlanningProblem.Place::id));
        return sorted;
    }

    /** Cheapest insertion of the candidates in score order while the shift's minutes allow. */
    static List<PlanningProblem.Place> route(Routing routing, String ags, List<PlanningProblem.Place> candidates,
                                             double budgetMinutes) {
        double[] depot = routing.depot(ags);
        List<PlanningProblem.Place> route = new ArrayList<>();
        double travel = 0;
        for (PlanningProblem.Place candidate : candidates) {
            if ((route.size() + 1) * routing.visitMinutes() > budgetMinutes) {
                break;
            }
            double bestExtra = Double.POSITIVE_INFINITY;
            int bestPosition = -1;
            for (int i = 0; i <= route.size(); i++) {
                double extra;
                if (route.isEmpty()) {
                    extra = 2 * routing.travel(depot, candidate);
                } else if (i == 0) {
                    extra = routing.travel(depot, candidate) + routing.travel(candidate, route.get(0))
                            - routing.travel(depot, route.get(0));
                } else if (i == route.size()) {
                    extra = routing.travel(route.get(i - 1), candidate) + routing.travel(depot, candidate)
                            - routing.travel(depot, route.get(i - 1));
                } else {
                    extra = routing.travel(route.get(i - 1), candidate) + routing.travel(candidate, route.get(i))
                            - routing.travel(route.get(i - 1), route.get(i));
                }
                if (extra < bestExtra) {
                    bestExtra = extra;
                    bestPosition = i;
                }
            }
            if (travel + bestExtra + (route.size() + 1) * routing.visitMinutes() <= budgetMinutes + 1e-9) {
                route.add(bestPosition, candidate);
                travel += bestExtra;
            }
        }
        return route;
    }
}
