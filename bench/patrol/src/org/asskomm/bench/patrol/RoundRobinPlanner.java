package org.asskomm.bench.patrol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asskomm.patrol.internal.planning.PlanningProblem;
import org.asskomm.patrol.internal.planning.Routing;
import org.asskomm.patrol.internal.planning.Shift;
import org.asskomm.patrol.internal.planning.ShiftSlots;

/**
 * The naive baseline: the same shifts (same officers, days, events), given to the members in turn (round robin,
 * ignoring contracted shares), each visiting the member's places in list order, continuing where the last shift
 * of that member stopped, as many as fit.
 */
final class RoundRobinPlanner {

    List<Shift> plan(PlanningProblem problem) {
        Map<String, PlanningProblem.Place> byId = new HashMap<>();
        Map<String, List<PlanningProblem.Place>> byMember = new HashMap<>();
        for (PlanningProblem.Place p : problem.places()) {
            byId.put(p.id(), p);
            byMember.computeIfAbsent(p.ags(), k -> new ArrayList<>()).add(p);
        }
        ShiftSlots frame = new ShiftSlots(problem, byId);
        Routing routing = new Routing(problem);
        List<Shift> shifts = new ArrayList<>(frame.eventShifts());
        Map<String, Integer> next = new HashMap<>();
        int turn = 0;
        for (ShiftSlots.Slot slot : frame.slots()) {
            String ags = problem.members().get(turn++ % problem.members().size()).ags();
            List<PlanningProblem.Place> places = byMember.getOrDefault(ags, List.of());
            List<PlanningProblem.Place> route = new ArrayList<>();
            int i = next.getOrDefault(ags, 0);
            while (!places.isEmpty() && route.size() < places.size()) {
                PlanningProblem.Place candidate = places.get(i % places.size());
                route.add(candidate);
                if (routing.totalMinutes(ags, route) > slot.hours() * 60) {
                    route.remove(route.size() - 1);
                    break;
                }
                i++;
            }
            next.put(ags, i % Math.max(1, places.size()));
            shifts.add(routing.shift(slot, ags, route));
        }
        return shifts;
    }
}
