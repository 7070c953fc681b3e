package org.asskomm.patrol.internal.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Measures a plan: untouched places reached, distinct places visited, the score (sum of the visited places'
 * scores, each place once), hours per member and the largest deviation of a member's share of hours from
 * its contracted share, in percentage points.
 */
public record PlanEvaluation(int untouchedPlaces, int untouchedReached, int placesVisited, long score,
                            double totalHours, Map<String, Double> hoursByMember,
                            Map<String, Double> contractedPercent, double maxDeviationPercentPoints) {

    public static PlanEvaluation of(PlanningProblem problem, List<Shift> shifts) {
        Map<String, PlanningProblem.Place> byId = new HashMap<>();
        problem.places().forEach(p -> byId.put(p.id(), p));
        Set<String> visited = new HashSet<>();
        Map<String, Double> hours = new TreeMap<>();
        problem.members().forEach(m -> hours.put(m.ags(), 0.0));
        double total = 0;
        for (Shift s : shifts) {
            s.stops().forEach(stop -> visited.add(stop.placeId()));
            hours.merge(s.ags(), s.hours(), Double::sum);
            total += s.hours();
        }
        int untouched = 0;
        int reached = 0;
        long score = 0;
        for (PlanningProblem.Place p : problem.places()) {
            if (p.untouched()) {
                untouched++;
                if (visited.contains(p.id())) {
                    reached++;
                }
            }
            if (visited.contains(p.id())) {
                score += p.score();
            }
        }
        double contracted = problem.members().stream().mapToDouble(PlanningProblem.Member::contractedHours).sum();
        Map<String, Double> contractedPercent = new TreeMap<>();
        double maxDeviation = 0;
        for (PlanningProblem.Member m : problem.members()) {
            double target = contracted <= 0 ? 0 : 100.0 * m.contractedHours() / contracted;
            double actual = total <= 0 ? 0 : 100.0 * hours.get(m.ags()) / total;
            contractedPercent.put(m.ags(), target);
            maxDeviation = Math.max(maxDeviation, Math.abs(actual - target));
        }
        return new PlanEvaluation(untouched, reached, visited.size(), score, total, hours, contractedPercent,
                maxDeviation);
    }

    public double untouchedShare() {
        return untouchedPlaces == 0 ? 1.0 : (double) untouchedReached / untouchedPlaces;
    }
}
