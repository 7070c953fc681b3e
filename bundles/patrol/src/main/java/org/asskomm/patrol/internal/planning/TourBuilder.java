package org.asskomm.patrol.internal.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/**
 * One shift's tour from the municipality's depot and back: places inserted in urgency order where they lengthen the
 * way least (cheapest insertion) while travel and stays fit the working time; then the time left lengthens the stays
 * at the most urgent places (presence patrol, up to three visits' time); the statutory break (Arbeitszeitgesetz
 * section 4: 30 minutes beyond six hours, 45 beyond nine) is taken after the stop that ends nearest the middle.
 */
final class TourBuilder {

    /** Places considered per tour (the most urgent); keeps a tour linear in the size of its municipality. */
    private static final int MAX_CANDIDATES = 120;
    private static final int MAX_STAY_FACTOR = 3;

    private final int visitMinutes;

    TourBuilder(int visitMinutes) {
        this.visitMinutes = visitMinutes;
    }

    /** A tour: places in order, minutes at each, the break, travel minutes, arrival minute at each place. */
    record Tour(List<PlanningProblem.Place> places, List<Integer> stays, int breakMinutes, int breakAtMinute,
                int travelMinutes, List<Integer> arrivals) {
    }

    static int breakMinutes(int shiftMinutes) {
        return shiftMinutes > 9 * 60 ? 45 : shiftMinutes > 6 * 60 ? 30 : 0;
    }

    int baseStay(PlanningProblem.Place p) {
        return p.hotspot() ? 2 * visitMinutes : visitMinutes;
    }

    /** {@code candidates} most urgent first. */
    Tour build(List<PlanningProblem.Place> candidates, double[] depot, double speedKmh, int shiftMinutes,
               ToLongFunction<PlanningProblem.Place> urgency) {
        int pause = breakMinutes(shiftMinutes);
        double budget = shiftMinutes - pause;
        List<PlanningProblem.Place> route = new ArrayList<>();
        double travel = 0;
        double stays = 0;
        int considered = 0;
        for (PlanningProblem.Place candidate : candidates) {
            if (considered++ >= MAX_CANDIDATES) {
                break;
            }
            double bestExtra = Double.POSITIVE_INFINITY;
            int bestPosition = -1;
            for (int i = 0; i <= route.size(); i++) {
                double[] before = i == 0 ? depot : point(route.get(i - 1));
                double[] after = i == route.size() ? depot : point(route.get(i));
                double extra = minutes(before, point(candidate), speedKmh) + minutes(point(candidate), after, speedKmh)
                        - minutes(before, after, speedKmh);
                if (extra < bestExtra) {
                    bestExtra = extra;
                    bestPosition = i;
                }
            }
            if (travel + bestExtra + stays + baseStay(candidate) <= budget + 1e-9) {
                route.add(bestPosition, candidate);
                travel += bestExtra;
                stays += baseStay(candidate);
            }
        }
        List<Integer> stay = new ArrayList<>();
        route.forEach(p -> stay.add(baseStay(p)));
        int travelMinutes = (int) Math.ceil(travel - 1e-9);
        int left = (int) Math.floor(budget - stays - travelMinutes);
        List<Integer> byUrgency = new ArrayList<>();
        for (int i = 0; i < route.size(); i++) {
            byUrgency.add(i);
        }
        byUrgency.sort((a, b) -> Long.compare(urgency.applyAsLong(route.get(b)), urgency.applyAsLong(route.get(a))));
        for (int i : byUrgency) {
            int extra = Math.min(left, MAX_STAY_FACTOR * visitMinutes - stay.get(i));
            if (extra > 0) {
                stay.set(i, stay.get(i) + extra);
                left -= extra;
            }
        }
        return timed(route, stay, depot, speedKmh, pause, budget, travelMinutes);
    }

    /** Arrival times along the route with the break after the stop that ends nearest the middle of the work. */
    private static Tour timed(List<PlanningProblem.Place> route, List<Integer> stay, double[] depot, double speedKmh,
                              int pause, double budget, int travelMinutes) {
        int breakAfter = -1;
        double t = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        double[] previous = depot;
        for (int i = 0; i < route.size(); i++) {
            t += minutes(previous, point(route.get(i)), speedKmh) + stay.get(i);
            if (Math.abs(t - budget / 2) < bestDistance) {
                bestDistance = Math.abs(t - budget / 2);
                breakAfter = i;
            }
            previous = point(route.get(i));
        }
        List<Integer> arrivals = new ArrayList<>();
        t = 0;
        previous = depot;
        int breakAt = (int) Math.round(budget / 2);
        for (int i = 0; i < route.size(); i++) {
            t += minutes(previous, point(route.get(i)), speedKmh);
            arrivals.add((int) Math.round(t));
            t += stay.get(i);
            if (i == breakAfter && pause > 0) {
                breakAt = (int) Math.round(t);
                t += pause;
            }
            previous = point(route.get(i));
        }
        return new Tour(List.copyOf(route), List.copyOf(stay), pause, pause == 0 ? 0 : breakAt, travelMinutes,
                arrivals);
    }

    private static double[] point(PlanningProblem.Place p) {
        return new double[] {p.latitude(), p.longitude()};
    }

    static double minutes(double[] from, double[] to, double speedKmh) {
        return Geo.minutes(from[0], from[1], to[0], to[1], speedKmh);
    }
}
