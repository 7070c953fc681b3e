package org.asskomm.patrol.internal.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The module's planner (issue 24), a pure function of a {@link PlanningProblem}, day by day:
 * <ol>
 * <li>the working-time frame and fixed events as before ({@link ShiftSlots}); an officer's shift goes only to a
 *     member where the officer has authority on that day;</li>
 * <li>the officers of a day are planned most constrained first (fewest members of authority); each goes to the
 *     member with the most hotspots due that day, otherwise to the member owed most hours ({@link Deficits});</li>
 * <li>the tour takes that member's places not yet given to anyone else that day, most urgent first
 *     ({@link Urgency}), travelling at the officer's speed ({@link TourBuilder}): no two teams share a place on a
 *     day; a place patrolled only in pairs is planned when a second authorised officer is free that day, and the
 *     pair walks one tour together.</li>
 * </ol>
 */
public final class TourPlanner {

    public List<Shift> plan(PlanningProblem problem) {
        Map<String, PlanningProblem.Place> byId = new HashMap<>();
        Map<String, List<PlanningProblem.Place>> byMember = new TreeMap<>();
        for (PlanningProblem.Place p : problem.places()) {
            byId.put(p.id(), p);
            byMember.computeIfAbsent(p.ags(), k -> new ArrayList<>()).add(p);
        }
        ShiftSlots frame = new ShiftSlots(problem, byId);
        Deficits deficits = new Deficits(problem, frame);
        Urgency urgency = new Urgency(problem);
        Routing routing = new Routing(problem);
        TourBuilder builder = new TourBuilder(problem.visitMinutes());
        List<Shift> shifts = new ArrayList<>(frame.eventShifts());
        Map<String, PlanningProblem.Officer> officers = new HashMap<>();
        problem.officers().forEach(o -> officers.put(o.id(), o));

        Map<LocalDate, List<ShiftSlots.Slot>> days = new TreeMap<>();
        frame.slots().forEach(s -> days.computeIfAbsent(s.date(), d -> new ArrayList<>()).add(s));
        for (Shift event : frame.eventShifts()) {
            days.computeIfAbsent(event.date(), d -> new ArrayList<>());
        }
        for (Map.Entry<LocalDate, List<ShiftSlots.Slot>> day : days.entrySet()) {
            LocalDate date = day.getKey();
            Set<String> taken = new HashSet<>();
            for (Shift event : frame.eventShifts()) {
                if (event.date().equals(date)) {
                    event.stops().forEach(s -> {
                        taken.add(s.placeId());
                        urgency.visit(s.placeId(), date);
                    });
                }
            }
            Map<String, List<String>> authorisedToday = new HashMap<>();
            day.getValue().forEach(slot -> authorisedToday.put(slot.officerId(),
                    authorised(officers.get(slot.officerId()), byMember.keySet(), date)));
            List<ShiftSlots.Slot> open = new ArrayList<>(day.getValue());
            open.sort(Comparator.comparingInt((ShiftSlots.Slot s) -> authorisedToday.get(s.officerId()).size())
                    .thenComparing(ShiftSlots.Slot::officerId));
            while (!open.isEmpty()) {
                ShiftSlots.Slot slot = open.remove(0);
                List<String> members = authorisedToday.get(slot.officerId());
                if (members.isEmpty()) {
                    continue; // no authority anywhere today: no shift
                }
                String ags = member(members, slot, byMember, taken, urgency, deficits, date);
                List<PlanningProblem.Place> pool = new ArrayList<>(byMember.get(ags));
                pool.removeIf(p -> taken.contains(p.id()));
                pool.sort(Comparator.comparingLong((PlanningProblem.Place p) -> urgency.score(p, date)).reversed()
                        .thenComparing(PlanningProblem.Place::id));
                ShiftSlots.Slot partner = null;
                if (pool.stream().anyMatch(p -> p.requiredOfficers() > 1 && urgency.needed(p, date))) {
                    // a partner not needed for a due hotspot elsewhere today
                    partner = open.stream().filter(o -> o.hours() == slot.hours()
                            && authorisedToday.get(o.officerId()).contains(ags)
                            && authorisedToday.get(o.officerId()).stream().allMatch(other -> other.equals(ags)
                            || byMember.get(other).stream().noneMatch(p -> !taken.contains(p.id())
                            && urgency.due(p, date)))).findFirst().orElse(null);
                    open.remove(partner);
                }
                if (partner == null) {
                    pool.removeIf(p -> p.requiredOfficers() > 1);
                }
                double speed = problem.speeds().of(officers.get(slot.officerId()).mode());
                if (partner != null) {
                    speed = Math.min(speed, problem.speeds().of(officers.get(partner.officerId()).mode()));
                }
                TourBuilder.Tour tour = builder.build(pool, routing.depot(ags), speed,
                        (int) Math.round(slot.hours() * 60), p -> urgency.score(p, date));
                List<Shift.Stop> stops = new ArrayList<>();
                for (int i = 0; i < tour.places().size(); i++) {
                    PlanningProblem.Place p = tour.places().get(i);
                    stops.add(new Shift.Stop(p.id(), tour.arrivals().get(i), tour.stays().get(i),
                            urgency.reasons(p, date)));
                }
                for (PlanningProblem.Place p : tour.places()) {
                    taken.add(p.id());
                    urgency.visit(p.id(), date);
                }
                deficits.charge(ags, slot.hours());
                shifts.add(new Shift(date, slot.officerId(), ags, slot.hours(), null, tour.travelMinutes(), stops,
                        partner == null ? null : partner.officerId(), tour.breakMinutes(), tour.breakAtMinute()));
                if (partner != null) {
                    deficits.charge(ags, partner.hours());
                    shifts.add(new Shift(date, partner.officerId(), ags, partner.hours(), null, tour.travelMinutes(),
                            stops, slot.officerId(), tour.breakMinutes(), tour.breakAtMinute()));
                }
            }
        }
        shifts.sort(Comparator.comparing(Shift::date).thenComparing(Shift::officerId));
        return shifts;
    }

    /** The members with places where the officer has authority on {@code date}. */
    private static List<String> authorised(PlanningProblem.Officer officer, Collection<String> members,
                                           LocalDate date) {
        return members.stream().filter(ags -> officer.authorisedIn(ags, date)).toList();
    }

    /** The member with the most hotspots due today among those not yet taken; otherwise the one owed most hours. */
    private static String member(List<String> members, ShiftSlots.Slot slot,
                                 Map<String, List<PlanningProblem.Place>> byMember, Set<String> taken,
                                 Urgency urgency, Deficits deficits, LocalDate date) {
        String best = null;
        long bestDue = 0;
        for (String ags : members) {
            long due = byMember.get(ags).stream().filter(p -> !taken.contains(p.id()) && urgency.due(p, date)).count();
            if (due > bestDue || (due == bestDue && due > 0 && deficits.of(ags) > deficits.of(best))) {
                best = ags;
                bestDue = due;
            }
        }
        return best != null ? best : deficits.largest(slot.homeAgs(), members);
    }
}
