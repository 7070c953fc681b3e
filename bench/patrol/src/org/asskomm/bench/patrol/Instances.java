package org.asskomm.bench.patrol;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.asskomm.patrol.api.TravelMode;
import org.asskomm.patrol.internal.planning.PlanningProblem;

/** Reproducible random planning problems inside Saxony's bounding box. */
final class Instances {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private Instances() {
    }

    /**
     * @param municipalities members, each with a centre somewhere in Saxony and places scattered ~2 km around it
     * @param places         total places, spread evenly
     * @param officers       officers of 40 h a week, homes round-robin
     * @param shiftHours     length of a regular shift
     * @param spreadKm       standard deviation of a place's distance from its municipality's centre
     */
    static PlanningProblem random(int municipalities, int places, int officers, double shiftHours, double spreadKm,
                                  long seed) {
        Random random = new Random(seed);
        List<PlanningProblem.Member> members = new ArrayList<>();
        double[][] centres = new double[municipalities][];
        for (int m = 0; m < municipalities; m++) {
            members.add(new PlanningProblem.Member(ags(m), 10 + random.nextInt(91)));
            centres[m] = new double[] {50.2 + random.nextDouble() * 1.4, 11.9 + random.nextDouble() * 3.1};
        }
        List<PlanningProblem.Place> list = new ArrayList<>();
        double degLat = spreadKm / 111.0;
        double degLon = spreadKm / 70.0;
        for (int p = 0; p < places; p++) {
            int m = p % municipalities;
            boolean untouched = random.nextDouble() < 0.4;
            list.add(new PlanningProblem.Place(String.format("p%05d", p), ags(m),
                    centres[m][0] + random.nextGaussian() * degLat, centres[m][1] + random.nextGaussian() * degLon,
                    1 + random.nextInt(5), untouched ? Integer.MAX_VALUE : random.nextInt(90), untouched));
        }
        List<PlanningProblem.Officer> os = new ArrayList<>();
        for (int o = 0; o < officers; o++) {
            os.add(new PlanningProblem.Officer(String.format("o%04d", o), ags(o % municipalities), 40));
        }
        return new PlanningProblem(members, os, list, MONDAY, MONDAY.plusDays(6), shiftHours, 40, 20, List.of());
    }

    /**
     * A compound as issue 24 sees it: officers move by car, bicycle or on foot (in turn) and have authority in their
     * home municipality and the next one; hotspots as a compound has them (priority 5 for 5 % of the places, 4 for
     * 10 %, the rest 1 to 3); every 25th place is patrolled only in pairs; a place in six had offences in the last
     * month.
     */
    static PlanningProblem walkable(int municipalities, int places, int officers, long seed) {
        PlanningProblem base = random(municipalities, places, officers, 8, 2, seed);
        Random random = new Random(seed + 1);
        TravelMode[] modes = TravelMode.values();
        List<PlanningProblem.Officer> os = new ArrayList<>();
        for (int o = 0; o < officers; o++) {
            String home = ags(o % municipalities);
            String next = ags((o + 1) % municipalities);
            os.add(new PlanningProblem.Officer(String.format("o%04d", o), home, 40, modes[(o + 2) % modes.length],
                    List.of(new PlanningProblem.Authority(home, MONDAY.minusYears(1), null),
                            new PlanningProblem.Authority(next, MONDAY.minusYears(1), null))));
        }
        List<PlanningProblem.Place> list = new ArrayList<>();
        int n = 0;
        for (PlanningProblem.Place p : base.places()) {
            double r = random.nextDouble();
            int priority = r < 0.05 ? 5 : r < 0.15 ? 4 : 1 + random.nextInt(3);
            list.add(new PlanningProblem.Place(p.id(), p.ags(), p.latitude(), p.longitude(), priority,
                    p.daysSinceLastPatrol(), p.untouched(), n++ % 25 == 24 ? 2 : 1,
                    random.nextInt(6) == 0 ? 1 + random.nextInt(4) : 0));
        }
        return new PlanningProblem(base.members(), os, list, base.from(), base.to(), base.shiftHours(),
                base.speedKmh(), base.visitMinutes(), base.events(), new PlanningProblem.Speeds(4.5, 14, 30));
    }

    static String ags(int m) {
        return String.format("14%06d", m);
    }
}
