package org.asskomm.patrol.internal.planning;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each member's hours still owed against its contracted share of all planned hours (events included), shared by
 * the planners: the next shift goes to the member with the largest deficit (ties: the officer's home municipality,
 * then AGS order).
 */
final class Deficits {

    private final Map<String, Double> deficit = new TreeMap<>();

    Deficits(PlanningProblem problem, ShiftSlots frame) {
        double contracted = problem.members().stream().mapToDouble(PlanningProblem.Member::contractedHours).sum();
        for (PlanningProblem.Member m : problem.members()) {
            deficit.put(m.ags(), contracted <= 0 ? 0 : frame.totalHours() * m.contractedHours() / contracted);
        }
        for (Shift s : frame.eventShifts()) {
            deficit.computeIfPresent(s.ags(), (k, d) -> d - s.hours());
        }
    }

    /** The member among {@code candidates} (all members when null) owed most; null when there is none. */
    String largest(String homeAgs, Collection<String> candidates) {
        String ags = null;
        double best = Double.NEGATIVE_INFINITY;
        for (Map.Entry<String, Double> e : deficit.entrySet()) {
            if (candidates != null && !candidates.contains(e.getKey())) {
                continue;
            }
            double d = e.getValue() + (e.getKey().equals(homeAgs) ? 1e-6 : 0);
            if (d > best + 1e-9) {
                best = d;
                ags = e.getKey();
            }
        }
        return ags;
    }

    double of(String ags) {
        return deficit.getOrDefault(ags, 0.0);
    }

    void charge(String ags, double hours) {
        deficit.merge(ags, -hours, Double::sum);
    }
}
