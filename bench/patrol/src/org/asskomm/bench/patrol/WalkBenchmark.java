package org.asskomm.bench.patrol;

import java.util.List;
import java.util.function.Function;

import org.asskomm.patrol.internal.planning.GreedyPlanner;
import org.asskomm.patrol.internal.planning.PlanningProblem;
import org.asskomm.patrol.internal.planning.Shift;
import org.asskomm.patrol.internal.planning.TourPlanner;
import org.asskomm.patrol.internal.planning.WalkMetrics;

/**
 * Issue 24: can the plans be walked? The module's planner ({@link TourPlanner}) against today's planner (the one
 * before issue 24, {@link GreedyPlanner}) and round robin on the same problems: utilisation of the working time,
 * duplicated routes, visits outside an officer's authority, pair places without a partner, hotspot working days past
 * due, the share of priority places visited, and the planning time.
 */
final class WalkBenchmark {

    private WalkBenchmark() {
    }

    static void run(boolean smoke) {
        System.out.println("## Walkable plans (issue 24): new planner vs today's planner vs round robin");
        System.out.println();
        System.out.println("Officers by car (30 km/h), bicycle (14 km/h) or on foot (4.5 km/h) in turn, each with authority"
                + " in the home municipality and the next one; 8-hour shifts with the 30-minute statutory break; every 25th"
                + " place patrolled only in pairs; priorities 4 (10 % of places) and 5 (5 %) are hotspots due every 2nd /"
                + " every working day;"
                + " one week. Utilisation = minutes at places and travelling / working time (shift minus break; today's"
                + " planner and round robin plan no break, so their working time is the whole shift).");
        System.out.println();
        System.out.println("| instance | planner | utilisation | duplicated routes | visits outside authority | pair places alone | hotspot days late | priority places visited | median time (ms) |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        int[][] sizes = smoke ? new int[][] {{6, 60, 8}} : new int[][] {{6, 150, 8}, {8, 400, 10}, {418, 10_000, 523}};
        for (int[] size : sizes) {
            PlanningProblem p = Instances.walkable(size[0], size[1], size[2], 24);
            String name = size[0] + " municipalities, " + size[1] + " places, " + size[2] + " officers";
            row(name, "new (TourPlanner)", p, q -> new TourPlanner().plan(q), smoke);
            row(name, "today's (GreedyPlanner)", p, q -> new GreedyPlanner().plan(q), smoke);
            row(name, "round robin", p, q -> new RoundRobinPlanner().plan(q), smoke);
        }
        System.out.println();
    }

    private static void row(String instance, String planner, PlanningProblem p,
                            Function<PlanningProblem, List<Shift>> plan, boolean smoke) {
        int repeats = smoke ? 1 : p.places().size() > 1000 ? 5 : 15;
        double[] times = new double[repeats];
        List<Shift> shifts = null;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            shifts = plan.apply(p);
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(times);
        WalkMetrics m = WalkMetrics.of(p, shifts);
        System.out.printf("| %s | %s | %.1f %% | %d | %d | %d | %d | %d of %d (%.1f %%) | %.1f |%n", instance, planner,
                100 * m.utilisation(), m.duplicatedRoutes(), m.outsideAuthority(), m.unpairedVisits(),
                m.hotspotDaysLate(), m.priorityPlacesVisited(), m.priorityPlaces(), 100 * m.priorityShare(),
                times[repeats / 2]);
    }
}
