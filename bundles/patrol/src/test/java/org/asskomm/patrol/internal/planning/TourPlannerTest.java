package org.asskomm.patrol.internal.planning;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.asskomm.patrol.api.TravelMode;
import org.junit.Test;

public class TourPlannerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final String[] AGS = {"14522140", "14522020", "14522110", "14522320", "14522420", "14522440"};

    /**
     * Six towns 6-10 km apart, 30 places each within about a kilometre of the centre: two hotspots (priorities 5 and
     * 4), one pair-only place, some untouched places and places with recent incidents; officers of different
     * authority and travel mode.
     */
    static PlanningProblem compound(long seed, List<PlanningProblem.Officer> officers) {
        Random random = new Random(seed);
        List<PlanningProblem.Member> members = new ArrayList<>();
        List<PlanningProblem.Place> places = new ArrayList<>();
        for (int m = 0; m < AGS.length; m++) {
            members.add(new PlanningProblem.Member(AGS[m], m == 0 ? 60 : 20));
            double lat = 50.80 + 0.06 * (m % 3);
            double lon = 13.00 + 0.09 * (m / 3);
            for (int p = 0; p < 30; p++) {
                int priority = p == 0 ? 5 : p == 1 ? 4 : 1 + random.nextInt(3);
                boolean untouched = p > 2 && random.nextInt(5) == 0;
                places.add(new PlanningProblem.Place(AGS[m] + "-" + p, AGS[m], lat + random.nextGaussian() * 0.006,
                        lon + random.nextGaussian() * 0.009, priority,
                        untouched ? Integer.MAX_VALUE : 1 + random.nextInt(30), untouched, p == 2 ? 2 : 1,
                        random.nextInt(6) == 0 ? 1 + random.nextInt(4) : 0));
            }
        }
        return new PlanningProblem(members, officers, places, MONDAY, MONDAY.plusDays(6), 8, 40, 20, List.of(),
                new PlanningProblem.Speeds(4.5, 14, 30));
    }

    private static PlanningProblem.Authority in(String ags) {
        return new PlanningProblem.Authority(ags, MONDAY.minusYears(1), null);
    }

    /** Eight officers: two for the lead's area only, the others for two to four members, one until Wednesday. */
    static List<PlanningProblem.Officer> officers() {
        List<PlanningProblem.Officer> list = new ArrayList<>();
        list.add(new PlanningProblem.Officer("o1", AGS[0], 40, TravelMode.FOOT, List.of(in(AGS[0]))));
        list.add(new PlanningProblem.Officer("o2", AGS[0], 40, TravelMode.BICYCLE, List.of(in(AGS[0]))));
        list.add(new PlanningProblem.Officer("o3", AGS[1], 40, TravelMode.CAR, List.of(in(AGS[1]), in(AGS[2]))));
        list.add(new PlanningProblem.Officer("o4", AGS[2], 40, TravelMode.CAR, List.of(in(AGS[1]), in(AGS[2]),
                in(AGS[3]))));
        list.add(new PlanningProblem.Officer("o5", AGS[3], 40, TravelMode.BICYCLE, List.of(in(AGS[3]), in(AGS[4]))));
        list.add(new PlanningProblem.Officer("o6", AGS[4], 40, TravelMode.CAR, List.of(in(AGS[4]), in(AGS[5]))));
        list.add(new PlanningProblem.Officer("o7", AGS[5], 40, TravelMode.CAR, List.of(in(AGS[5]), in(AGS[0]),
                in(AGS[3]), in(AGS[4]))));
        list.add(new PlanningProblem.Officer("o8", AGS[5], 40, TravelMode.CAR, List.of(
                new PlanningProblem.Authority(AGS[5], MONDAY.minusYears(1), MONDAY.plusDays(2)))));
        return list;
    }

    @Test
    public void aWeekForSixMunicipalitiesCanBeWalked() {
        PlanningProblem problem = compound(1, officers());
        List<Shift> shifts = new TourPlanner().plan(problem);
        WalkMetrics m = WalkMetrics.of(problem, shifts);
        assertEquals("visits outside authority", 0, m.outsideAuthority());
        assertEquals("duplicated routes", 0, m.duplicatedRoutes());
        assertEquals("pair places without a partner", 0, m.unpairedVisits());
        assertEquals("hotspot working days past due", 0, m.hotspotDaysLate());
        assertTrue("utilisation " + m.utilisation(), m.utilisation() >= 0.70);
        assertEquals("every priority place visited", 1.0, m.priorityShare(), 0);
    }

    @Test
    public void anOfficerWithoutAuthorityOnADayGetsNoShift() {
        PlanningProblem problem = compound(2, officers());
        List<Shift> shifts = new TourPlanner().plan(problem);
        List<LocalDate> o8 = shifts.stream().filter(s -> s.officerId().equals("o8")).map(Shift::date).toList();
        assertEquals("o8's authority ends on Wednesday", List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)), o8);
        for (Shift s : shifts) {
            if (s.officerId().equals("o1") || s.officerId().equals("o2")) {
                assertEquals(AGS[0], s.ags());
            }
        }
    }

    @Test
    public void todaysPlannerSendsTeamsOverTheSamePlacesAndIgnoresAuthority() {
        PlanningProblem problem = compound(1, officers());
        WalkMetrics today = WalkMetrics.of(problem, new GreedyPlanner().plan(problem));
        assertTrue("duplicated " + today.duplicatedRoutes() + ", outside " + today.outsideAuthority(),
                today.duplicatedRoutes() > 0 || today.outsideAuthority() > 0);
        assertTrue("utilisation " + today.utilisation(),
                today.utilisation() < WalkMetrics.of(problem, new TourPlanner().plan(problem)).utilisation());
    }

    @Test
    public void shiftsHaveTheStatutoryBreakAndNoSixHoursWithoutOne() {
        PlanningProblem problem = compound(3, officers());
        for (Shift s : new TourPlanner().plan(problem)) {
            assertEquals(30, s.breakMinutes());
            assertTrue(s + " work before break", s.breakAtMinute() <= 6 * 60);
            assertTrue(s + " work after break", 8 * 60 - s.breakAtMinute() - s.breakMinutes() <= 6 * 60);
            assertTrue("travel and stays fit", s.stayMinutes() + s.travelMinutes() <= 8 * 60 - 30);
            int previousEnd = 0;
            for (Shift.Stop stop : s.stops()) {
                assertTrue("arrivals in order", stop.arrivalMinute() >= previousEnd);
                assertFalse(stop.arrivalMinute() < s.breakAtMinute()
                        && stop.arrivalMinute() + stop.stayMinutes() > s.breakAtMinute());
                previousEnd = stop.arrivalMinute() + stop.stayMinutes();
            }
        }
        assertEquals(0, TourBuilder.breakMinutes(6 * 60));
        assertEquals(30, TourBuilder.breakMinutes(6 * 60 + 1));
        assertEquals(45, TourBuilder.breakMinutes(9 * 60 + 1));
    }

    @Test
    public void travelTimeFollowsTheOfficersMode() {
        PlanningProblem problem = compound(4, officers());
        Map<String, PlanningProblem.Place> byId = new HashMap<>();
        problem.places().forEach(p -> byId.put(p.id(), p));
        Routing routing = new Routing(problem);
        Map<TravelMode, Double> speed = Map.of(TravelMode.FOOT, 4.5, TravelMode.BICYCLE, 14.0, TravelMode.CAR, 30.0);
        for (Shift s : new TourPlanner().plan(problem)) {
            if (s.stops().isEmpty() || s.partnerOfficerId() != null) {
                continue;
            }
            TravelMode mode = problem.officers().stream().filter(o -> o.id().equals(s.officerId())).findFirst()
                    .orElseThrow().mode();
            double[] at = routing.depot(s.ags());
            double km = 0;
            for (Shift.Stop stop : s.stops()) {
                PlanningProblem.Place p = byId.get(stop.placeId());
                km += Geo.haversineKm(at[0], at[1], p.latitude(), p.longitude());
                at = new double[] {p.latitude(), p.longitude()};
            }
            double[] depot = routing.depot(s.ags());
            km += Geo.haversineKm(at[0], at[1], depot[0], depot[1]);
            assertEquals(s.toString(), km / speed.get(mode) * 60, s.travelMinutes(), 1.0);
        }
    }

    @Test
    public void everyVisitSaysWhyAndDueHotspotsSayIt() {
        PlanningProblem problem = compound(5, officers());
        List<Shift> shifts = new TourPlanner().plan(problem);
        boolean dueSeen = false;
        for (Shift s : shifts) {
            for (Shift.Stop stop : s.stops()) {
                assertFalse(stop.reasons().isEmpty());
                if (stop.placeId().endsWith("-0") && s.date().equals(MONDAY)) {
                    assertTrue(stop.reasons().toString(), stop.reasons().contains(Urgency.HOTSPOT_DUE));
                    dueSeen = true;
                }
            }
        }
        assertTrue(dueSeen);
    }

    @Test
    public void aPairPlaceIsWalkedByTwoOfficersTogether() {
        PlanningProblem problem = compound(6, officers());
        List<Shift> shifts = new TourPlanner().plan(problem);
        List<Shift> withPair = shifts.stream().filter(s -> s.stops().stream().anyMatch(st -> st.placeId().endsWith("-2")))
                .toList();
        assertFalse(withPair.isEmpty());
        for (Shift s : withPair) {
            assertNotNull(s.partnerOfficerId());
            Shift partner = shifts.stream().filter(o -> o.date().equals(s.date())
                    && o.officerId().equals(s.partnerOfficerId())).findFirst().orElseThrow();
            assertEquals(s.officerId(), partner.partnerOfficerId());
            assertEquals(s.stops(), partner.stops());
        }
        // alone in a municipality, a pair place is left out
        PlanningProblem alone = compound(6, List.of(new PlanningProblem.Officer("solo", AGS[0], 40, TravelMode.CAR,
                List.of(in(AGS[0])))));
        for (Shift s : new TourPlanner().plan(alone)) {
            assertNull(s.partnerOfficerId());
            assertTrue(s.stops().stream().noneMatch(st -> st.placeId().endsWith("-2")));
        }
    }

    @Test
    public void workingDaysSkipTheWeekend() {
        LocalDate friday = MONDAY.plusDays(4);
        assertEquals(1, Urgency.workingDaysBetween(friday, friday.plusDays(3)));
        assertEquals(5, Urgency.workingDaysBetween(MONDAY, MONDAY.plusDays(7)));
        assertEquals(0, Urgency.workingDaysBetween(MONDAY, MONDAY));
        assertEquals(6, Urgency.workingDaysBetween(friday.minusDays(7), friday.plusDays(3)));
    }

    @Test
    public void planningIsDeterministic() {
        PlanningProblem problem = compound(7, officers());
        assertEquals(new TourPlanner().plan(problem), new TourPlanner().plan(problem));
    }
}
