package org.asskomm.bench.patrol;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.asskomm.patrol.internal.planning.GreedyPlanner;
import org.asskomm.patrol.internal.planning.PlanEvaluation;
import org.asskomm.patrol.internal.planning.PlanningProblem;
import org.asskomm.patrol.internal.planning.Shift;

/**
 * Benchmark of the patrol planner against a naive round-robin baseline, measured in the same run:
 * quality (untouched places reached, deviation from contracted hours, gap to the exact optimum on small
 * instances), time and memory for the reference compound, and a scaling curve up to all of Saxony.
 * Run: {@code bench/patrol/run} (full) or {@code bench/patrol/run smoke} (tiny sizes, one iteration);
 * {@code bench/patrol/run walk} measures only the walkable plans of issue 24 ({@link WalkBenchmark}).
 */
public final class PatrolBenchmark {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private PatrolBenchmark() {
    }

    public static void main(String[] args) {
        Locale.setDefault(Locale.ROOT);
        boolean smoke = Arrays.asList(args).contains("smoke");
        System.out.println("# Patrol planner benchmark" + (smoke ? " (smoke)" : ""));
        System.out.printf("Java %s, %s %s, %d cores, max heap %d MB%n%n", System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        if (Arrays.asList(args).contains("walk")) {
            WalkBenchmark.run(smoke);
            return;
        }
        quality(smoke);
        exact(smoke);
        reference(smoke);
        scaling(smoke);
    }

    /** Greedy versus round robin on the reference compound and on a tight variant (several seeds each). */
    private static void quality(boolean smoke) {
        System.out.println("## Quality against the round-robin baseline (8 municipalities, 400 places, 1 week)");
        System.out.println();
        System.out.println("With 10 officers the week has room for every place; with 4 officers (20 shifts) it does not,"
                + " and the order of places decides what is reached.");
        System.out.println();
        System.out.println("| officers | seed | untouched places | reached: greedy | reached: round robin | max hours deviation greedy (pp) | round robin (pp) |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|");
        int seeds = smoke ? 1 : 5;
        List<String> summary = new ArrayList<>();
        for (int officers : new int[] {10, 4}) {
            double gSum = 0;
            double bSum = 0;
            double gDev = 0;
            double bDev = 0;
            for (int seed = 1; seed <= seeds; seed++) {
                PlanningProblem p = smoke ? Instances.random(3, 30, officers / 4, 8, 2, seed)
                        : Instances.random(8, 400, officers, 8, 2, seed);
                PlanEvaluation g = PlanEvaluation.of(p, new GreedyPlanner().plan(p));
                PlanEvaluation b = PlanEvaluation.of(p, new RoundRobinPlanner().plan(p));
                System.out.printf("| %d | %d | %d | %d (%.1f %%) | %d (%.1f %%) | %.2f | %.2f |%n", p.officers().size(),
                        seed, g.untouchedPlaces(), g.untouchedReached(), 100 * g.untouchedShare(), b.untouchedReached(),
                        100 * b.untouchedShare(), g.maxDeviationPercentPoints(), b.maxDeviationPercentPoints());
                gSum += g.untouchedShare();
                bSum += b.untouchedShare();
                gDev += g.maxDeviationPercentPoints();
                bDev += b.maxDeviationPercentPoints();
            }
            summary.add(String.format("%d officers: untouched places reached greedy %.1f %%, round robin %.1f %% "
                            + "(ratio %.2f); max deviation from contracted hours greedy %.2f pp, round robin %.2f pp",
                    officers, 100 * gSum / seeds, 100 * bSum / seeds, gSum / bSum, gDev / seeds, bDev / seeds));
        }
        System.out.println();
        summary.forEach(line -> System.out.println("- Mean over seeds, " + line + "."));
        System.out.println();
    }

    /** Gap to the exhaustive optimum on small instances with short shifts, where choices matter. */
    private static void exact(boolean smoke) {
        System.out.println("## Gap to the exact optimum (small instances, exhaustive search)");
        System.out.println();
        System.out.println("3 municipalities x 8 places within ~4 km, 1 officer, 1 week of 1.5-hour shifts; score = "
                + "untouched (100000) + priority x 1000 + days since last patrol; the optimum keeps the planner's "
                + "assignment of shifts to municipalities and searches every choice and order of places.");
        System.out.println();
        int runs = smoke ? 1 : 30;
        int optimal = 0;
        double gapSum = 0;
        double gapMax = 0;
        double baseGapSum = 0;
        long searchNanos = 0;
        for (int seed = 1; seed <= runs; seed++) {
            PlanningProblem p = Instances.random(3, 24, 1, 1.5, 4, 1000 + seed);
            List<Shift> greedy = new GreedyPlanner().plan(p);
            long t0 = System.nanoTime();
            long best = new ExactSearch(p).optimum(greedy);
            searchNanos += System.nanoTime() - t0;
            long g = PlanEvaluation.of(p, greedy).score();
            long b = PlanEvaluation.of(p, new RoundRobinPlanner().plan(p)).score();
            double gap = best == 0 ? 0 : (double) (best - g) / best;
            if (g > best) {
                throw new IllegalStateException("greedy beat the optimum: the exhaustive search is wrong");
            }
            optimal += g == best ? 1 : 0;
            gapSum += gap;
            gapMax = Math.max(gapMax, gap);
            baseGapSum += best == 0 ? 0 : (double) (best - b) / best;
        }
        System.out.printf("| instances | greedy optimal | mean gap greedy | max gap greedy | mean gap round robin | search time per instance |%n");
        System.out.printf("|---:|---:|---:|---:|---:|---:|%n");
        System.out.printf("| %d | %d | %.2f %% | %.2f %% | %.2f %% | %.0f ms |%n%n", runs, optimal, 100 * gapSum / runs,
                100 * gapMax, 100 * baseGapSum / runs, searchNanos / 1e6 / runs);
    }

    private record Measure(double millis, double cpuMillis, double allocatedMb, double retainedMb, int shifts) {
    }

    /** Median time of {@code repeats} runs after warm-up; bytes allocated by the planning thread; heap retained. */
    private static Measure measure(PlanningProblem p, int repeats) {
        GreedyPlanner planner = new GreedyPlanner();
        for (int i = 0; i < Math.min(3, repeats); i++) {
            planner.plan(p);
        }
        double[] times = new double[repeats];
        double[] cpu = new double[repeats];
        long allocated = 0;
        List<Shift> result = null;
        for (int i = 0; i < repeats; i++) {
            long a0 = THREADS.getCurrentThreadAllocatedBytes();
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            result = planner.plan(p);
            times[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            allocated = THREADS.getCurrentThreadAllocatedBytes() - a0;
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        result = null;
        long before = usedAfterGc();
        List<Shift> kept = planner.plan(p);
        long after = usedAfterGc();
        return new Measure(times[repeats / 2], cpu[repeats / 2], allocated / 1048576.0, Math.max(0, after - before) / 1048576.0,
                kept.size());
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void reference(boolean smoke) {
        PlanningProblem p = smoke ? Instances.random(3, 30, 2, 8, 2, 7) : Instances.random(8, 400, 10, 8, 2, 7);
        Measure m = measure(p, smoke ? 1 : 31);
        System.out.println("## Reference compound: " + p.members().size() + " municipalities, " + p.places().size()
                + " places, " + p.officers().size() + " officers, 1 week (target < 1 s)");
        System.out.println();
        System.out.printf("Median planning time %.2f ms wall clock, %.2f ms CPU; %.2f MB allocated per run; "
                + "plan retained %.2f MB; %d shifts.%n%n", m.millis(), m.cpuMillis(), m.allocatedMb(), m.retainedMb(),
                m.shifts());
    }

    private static void scaling(boolean smoke) {
        System.out.println("## Scaling (1 week; ~24 places and 1.25 officers per municipality)");
        System.out.println();
        System.out.println("| municipalities | places | officers | shifts | median wall (ms) | median CPU (ms) | allocated (MB) | retained (MB) | untouched reached greedy / round robin |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        int[] sizes = smoke ? new int[] {3, 6} : new int[] {8, 25, 50, 100, 200, 300, 418};
        for (int size : sizes) {
            int places = size == 8 ? 400 : size == 418 ? 10_000 : size * 24;
            int officers = Math.max(1, (int) Math.round(size * 1.25));
            PlanningProblem p = Instances.random(size, places, officers, 8, 2, 11);
            Measure m = measure(p, smoke ? 1 : size >= 200 ? 9 : 15);
            PlanEvaluation g = PlanEvaluation.of(p, new GreedyPlanner().plan(p));
            PlanEvaluation b = PlanEvaluation.of(p, new RoundRobinPlanner().plan(p));
            System.out.printf("| %d | %d | %d | %d | %.1f | %.1f | %.2f | %.2f | %.1f %% / %.1f %% |%n", size, places,
                    officers, m.shifts(), m.millis(), m.cpuMillis(), m.allocatedMb(), m.retainedMb(), 100 * g.untouchedShare(),
                    100 * b.untouchedShare());
        }
        System.out.println();
        List<String> notes = new ArrayList<>();
        notes.add("time: median of repeated runs after warm-up, single thread; CPU = the planning thread's CPU time, "
                + "which other load on the machine does not inflate");
        notes.add("allocated: bytes allocated by the planning thread in one run (ThreadMXBean)");
        notes.add("retained: heap still used by the finished plan after GC");
        System.out.println(String.join("; ", notes) + ".");
    }
}
