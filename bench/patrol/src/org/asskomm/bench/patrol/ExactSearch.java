package org.asskomm.bench.patrol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asskomm.patrol.internal.planning.PlanningProblem;
import org.asskomm.patrol.internal.planning.Routing;
import org.asskomm.patrol.internal.planning.Shift;

/**
 * The exact optimum of the routing part by exhaustive search, for small instances (at most ~12 places per
 * member): given which shifts each member gets (the hours allocation is already within one shift of the
 * contracted shares), choose for every shift a set of places whose shortest depot tour plus visits fits the
 * shift, such that the total score of the distinct places visited is maximal. Shortest tours by Held-Karp over
 * all subsets, the choice of subsets per shift by enumerating every disjoint assignment (memoised over
 * shift index and used set).
 */
final class ExactSearch {

    private final PlanningProblem problem;
    private final Routing routing;

    ExactSearch(PlanningProblem problem) {
        this.problem = problem;
        this.routing = new Routing(problem);
    }

    /** The best total score for the shifts of the given plan (routes ignored, only who works how long where). */
    long optimum(List<Shift> shifts) {
        Map<String, List<PlanningProblem.Place>> byMember = new HashMap<>();
        problem.places().forEach(p -> byMember.computeIfAbsent(p.ags(), k -> new ArrayList<>()).add(p));
        Map<String, List<Double>> budgets = new HashMap<>();
        for (Shift s : shifts) {
            budgets.computeIfAbsent(s.ags(), k -> new ArrayList<>()).add(s.hours() * 60);
        }
        long total = 0;
        for (Map.Entry<String, List<PlanningProblem.Place>> e : byMember.entrySet()) {
            List<Double> b = budgets.getOrDefault(e.getKey(), List.of());
            total += best(e.getKey(), e.getValue(), b);
        }
        return total;
    }

    private long best(String ags, List<PlanningProblem.Place> places, List<Double> budgets) {
        int n = places.size();
        if (n > 16) {
            throw new IllegalArgumentException("exhaustive search is for small instances: " + n + " places");
        }
        if (budgets.isEmpty() || n == 0) {
            return 0;
        }
        double[] depot = routing.depot(ags);
        int full = 1 << n;
        // Held-Karp: shortest path from the depot through mask ending at last
        double[][] dp = new double[full][n];
        for (double[] row : dp) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int i = 0; i < n; i++) {
            dp[1 << i][i] = routing.travel(depot, places.get(i));
        }
        for (int mask = 1; mask < full; mask++) {
            for (int last = 0; last < n; last++) {
                double d = dp[mask][last];
                if (d == Double.POSITIVE_INFINITY || (mask & (1 << last)) == 0) {
                    continue;
                }
                for (int next = 0; next < n; next++) {
                    if ((mask & (1 << next)) == 0) {
                        int m2 = mask | (1 << next);
                        double d2 = d + routing.travel(places.get(last), places.get(next));
                        if (d2 < dp[m2][next]) {
                            dp[m2][next] = d2;
                        }
                    }
                }
            }
        }
        double[] tour = new double[full];
        long[] score = new long[full];
        for (int mask = 1; mask < full; mask++) {
            double t = Double.POSITIVE_INFINITY;
            for (int last = 0; last < n; last++) {
                if ((mask & (1 << last)) != 0) {
                    t = Math.min(t, dp[mask][last] + routing.travel(depot, places.get(last)));
                }
            }
            tour[mask] = t + Integer.bitCount(mask) * routing.visitMinutes();
            int low = Integer.numberOfTrailingZeros(mask);
            score[mask] = score[mask & (mask - 1)] + places.get(low).score();
        }
        Map<Long, Long> memo = new HashMap<>();
        return assign(0, 0, budgets, tour, score, full - 1, memo);
    }

    private long assign(int shift, int used, List<Double> budgets, double[] tour, long[] score, int all,
                        Map<Long, Long> memo) {
        if (shift == budgets.size() || used == all) {
            return 0;
        }
        long key = ((long) shift << 32) | used;
        Long cached = memo.get(key);
        if (cached != null) {
            return cached;
        }
        int free = all & ~used;
        long best = assign(shift + 1, used, budgets, tour, score, all, memo);
        double budget = budgets.get(shift) + 1e-9;
        for (int sub = free; sub > 0; sub = (sub - 1) & free) {
            if (tour[sub] <= budget) {
                best = Math.max(best, score[sub] + assign(shift + 1, used | sub, budgets, tour, score, all, memo));
            }
        }
        memo.put(key, best);
        return best;
    }
}
