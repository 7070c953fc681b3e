package org.asskomm.patrol.internal.planning;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.Test;

public class GreedyPlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    /** m members around Floeha, n places each, officers of 40 h, one week. */
    static PlanningProblem problem(int members, int placesPerMember, int officers, long seed,
                                   List<PlanningProblem.Event> events) {
        Random random = new Random(seed);
        List<PlanningProblem.Member> ms = new ArrayList<>();
        List<PlanningProblem.Place> places = new ArrayList<>();
        for (int m = 0; m < members; m++) {
            String ags = String.format("14%06d", m);
            ms.add(new PlanningProblem.Member(ags, 10 + 10 * m));
            double lat = 50.85 + 0.05 * m;
            double lon = 13.07 + 0.05 * m;
            for (int p = 0; p < placesPerMember; p++) {
                boolean untouched = random.nextInt(3) == 0;
                places.add(new PlanningProblem.Place(ags + "-" + p, ags, lat + random.nextGaussian() * 0.01,
                        lon + random.nextGaussian() * 0.01, 1 + random.nextInt(5),
                        untouched ? Integer.MAX_VALUE : random.nextInt(60), untouched));
            }
        }
        List<PlanningProblem.Officer> os = new ArrayList<>();
        for (int o = 0; o < officers; o++) {
            os.add(new PlanningProblem.Officer(String.format("officer-%02d", o), ms.get(o % members).ags(), 40));
        }
        return new PlanningProblem(ms, os, places, MONDAY, MONDAY.plusDays(6), 8, 40, 20, events);
    }

    @Test
    public void routesFitTheirShiftsIncludingTravel() {
        PlanningProblem problem = problem(8, 50, 10, 1, List.of());
        Map<String, PlanningProblem.Place> byId = new HashMap<>();
        problem.places().forEach(p -> byId.put(p.id(), p));
        Routing routing = new Routing(problem);
        List<Shift> shifts = new GreedyPlanner().plan(problem);
        assertEquals("10 officers x 5 days", 50, shifts.size());
        for (Shift s : shifts) {
            List<PlanningProblem.Place> route = s.stops().stream().map(st -> byId.get(st.placeId())).toList();
            assertTrue("route of " + s + " fits", routing.totalMinutes(s.ags(), route) <= s.hours() * 60 + 1e-6);
            assertTrue("every place belongs to the shift's municipality",
                    route.stream().allMatch(p -> p.ags().equals(s.ags())));
            assertTrue(s.hours() <= 10);
        }
    }

    @Test
    public void workingTimeLimitsHold() {
        PlanningProblem problem = new PlanningProblem(problem(3, 20, 4, 2, List.of()).members(),
                List.of(new PlanningProblem.Officer("a", "14000000", 20), new PlanningProblem.Officer("b", "14000001", 39)),
                problem(3, 20, 4, 2, List.of()).places(), MONDAY, MONDAY.plusDays(13), 8, 40, 20, List.of());
        List<Shift> shifts = new GreedyPlanner().plan(problem);
        Map<String, Double> weekly = new HashMap<>();
        Set<String> days = new HashSet<>();
        for (Shift s : shifts) {
            assertTrue("one shift per officer and day", days.add(s.officerId() + s.date()));
            weekly.merge(s.officerId() + s.date().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), s.hours(), Double::sum);
            assertTrue("weekdays only", s.date().getDayOfWeek().getValue() <= 5);
        }
        weekly.forEach((k, h) -> assertTrue(k + " works " + h, h <= (k.startsWith("a") ? 20 : 39)));
        // a: 2 shifts a week, b: 4 shifts a week (39 h leave no room for a fifth 8-hour shift)
        assertEquals(2 * 2 + 2 * 4, shifts.size());
    }

    @Test
    public void hoursFollowTheContractedSharesWithinOneShift() {
        PlanningProblem problem = problem(8, 50, 10, 3, List.of());
        List<Shift> shifts = new GreedyPlanner().plan(problem);
        PlanEvaluation e = PlanEvaluation.of(problem, shifts);
        double oneShiftInPercent = 100.0 * 8 / e.totalHours();
        assertTrue("max deviation " + e.maxDeviationPercentPoints() + " pp",
                e.maxDeviationPercentPoints() <= oneShiftInPercent);
    }

    @Test
    public void untouchedAndHighPriorityPlacesComeFirst() {
        String ags = "14522140";
        List<PlanningProblem.Place> places = new ArrayList<>();
        // 30 touched low-priority places near the depot, 3 untouched ones a little further out
        for (int i = 0; i < 30; i++) {
            places.add(new PlanningProblem.Place("near-" + i, ags, 50.85 + i * 0.0005, 13.07, 1, 10, false));
        }
        for (int i = 0; i < 3; i++) {
            places.add(new PlanningProblem.Place("untouched-" + i, ags, 50.88, 13.10 + i * 0.001, 1,
                    Integer.MAX_VALUE, true));
        }
        places.add(new PlanningProblem.Place("hotspot", ags, 50.86, 13.09, 5, 10, false));
        PlanningProblem problem = new PlanningProblem(List.of(new PlanningProblem.Member(ags, 100)),
                List.of(new PlanningProblem.Officer("o", ags, 40)), places, MONDAY, MONDAY, 2, 40, 20, List.of());
        List<Shift> shifts = new GreedyPlanner().plan(problem);
        assertEquals(1, shifts.size());
        Set<String> visited = new HashSet<>();
        shifts.get(0).stops().forEach(s -> visited.add(s.placeId()));
        assertTrue(visited.containsAll(Set.of("untouched-0", "untouched-1", "untouched-2", "hotspot")));
        assertTrue("2 hours leave room for few places", visited.size() < 10);
    }

    @Test
    public void fixedEventsBecomeMandatoryShiftsAtTheirPlace() {
        PlanningProblem base = problem(2, 10, 2, 4, List.of());
        String placeId = base.places().get(3).id();
        LocalDate saturday = MONDAY.plusDays(5);
        PlanningProblem problem = problem(2, 10, 2, 4,
                List.of(new PlanningProblem.Event("Weihnachtsmarkt", placeId, saturday, 6)));
        List<Shift> shifts = new GreedyPlanner().plan(problem);
        Shift event = shifts.stream().filter(s -> s.event() != null).findFirst().orElseThrow();
        assertEquals(saturday, event.date());
        assertEquals(placeId, event.stops().get(0).placeId());
        assertEquals(6.0, event.hours(), 0);
        // the event officer then has 34 h left: 4 regular shifts, the other officer 5
        assertEquals(1 + 4 + 5, shifts.size());
        assertNull(shifts.stream().filter(s -> s.event() == null).findFirst().orElseThrow().event());
    }

    @Test
    public void anEventNobodyCanStaffIsRefused() {
        PlanningProblem base = problem(1, 5, 1, 5, List.of());
        String placeId = base.places().get(0).id();
        PlanningProblem problem = problem(1, 5, 1, 5, List.of(
                new PlanningProblem.Event("Markt", placeId, MONDAY, 8),
                new PlanningProblem.Event("Fest", placeId, MONDAY, 4)));
        assertThrows(PlanningException.class, () -> new GreedyPlanner().plan(problem));
    }

    @Test
    public void planningIsDeterministic() {
        PlanningProblem problem = problem(8, 50, 10, 6, List.of());
        assertEquals(new GreedyPlanner().plan(problem), new GreedyPlanner().plan(problem));
    }
}
