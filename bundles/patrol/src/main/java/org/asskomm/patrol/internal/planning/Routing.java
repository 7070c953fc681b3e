package org.asskomm.patrol.internal.planning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Route timing: a shift starts and ends at its municipality's depot (the centroid of its places, standing in
 * for the town hall), drives between places at the configured speed and stays {@code visitMinutes} at each.
 */
public final class Routing {

    private final double speedKmh;
    private final int visitMinutes;
    private final Map<String, double[]> depots = new HashMap<>();

    public Routing(PlanningProblem problem) {
        this.speedKmh = problem.speedKmh();
        this.visitMinutes = problem.visitMinutes();
        Map<String, double[]> sums = new HashMap<>();
        for (PlanningProblem.Place p : problem.places()) {
            double[] s = sums.computeIfAbsent(p.ags(), k -> new double[3]);
            s[0] += p.latitude();
            s[1] += p.longitude();
            s[2]++;
        }
        sums.forEach((ags, s) -> depots.put(ags, new double[] {s[0] / s[2], s[1] / s[2]}));
    }

    public double[] depot(String ags) {
        return depots.get(ags);
    }

    public int visitMinutes() {
        return visitMinutes;
    }

    public double travel(double[] from, PlanningProblem.Place to) {
        return Geo.minutes(from[0], from[1], to.latitude(), to.longitude(), speedKmh);
    }

    public double travel(PlanningProblem.Place from, PlanningProblem.Place to) {
        return Geo.minutes(from.latitude(), from.longitude(), to.latitude(), to.longitude(), speedKmh);
    }

    /** Travel minutes of depot -> route -> depot. */
    public double travelMinutes(String ags, List<PlanningProblem.Place> route) {
        if (route.isEmpty()) {
            return 0;
        }
        double[] depot = depots.get(ags);
        double t = travel(depot, route.get(0));
        for (int i = 1; i < route.size(); i++) {
            t += travel(route.get(i - 1), route.get(i));
        }
        return t + travel(depot, route.get(route.size() - 1));
    }

    /** Travel plus visits. */
    public double totalMinutes(String ags, List<PlanningProblem.Place> route) {
        return travelMinutes(ags, route) + route.size() * visitMinutes;
    }

    /** The finished shift with arrival times along the route. */
    public Shift shift(ShiftSlots.Slot slot, String ags, List<PlanningProblem.Place> route) {
        List<Shift.Stop> stops = new ArrayList<>();
        double[] depot = depots.get(ags);
        double t = 0;
        PlanningProblem.Place previous = null;
        for (PlanningProblem.Place p : route) {
            t += previous == null ? travel(depot, p) : travel(previous, p);
            stops.add(new Shift.Stop(p.id(), (int) Math.round(t), visitMinutes, List.of()));
            t += visitMinutes;
            previous = p;
        }
        return new Shift(slot.date(), slot.officerId(), ags, slot.hours(), null,
                (int) Math.round(travelMinutes(ags, route)), stops);
    }
}
