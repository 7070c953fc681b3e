package org.asskomm.patrol.internal.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working-time frame shared by every planning strategy: first the fixed events become mandatory shifts,
 * then each officer gets one regular shift per working day (Monday to Friday) while the officer's weekly hours
 * allow it. An event goes only to an officer authorised at its place on its day. At most one shift per officer and
 * day, never more than the weekly hours per ISO week.
 */
public final class ShiftSlots {

    /** A regular shift still to be given a municipality and a route. */
    public record Slot(LocalDate date, String officerId, String homeAgs, double hours) {
    }

    private final List<Shift> eventShifts = new ArrayList<>();
    private final List<Slot> slots = new ArrayList<>();

    public ShiftSlots(PlanningProblem problem, Map<String, PlanningProblem.Place> placesById) {
        Map<String, Double> weekHours = new HashMap<>();
        Set<String> busy = new HashSet<>();
        List<PlanningProblem.Officer> officers = new ArrayList<>(problem.officers());
        officers.sort(Comparator.comparing(PlanningProblem.Officer::id));

        List<PlanningProblem.Event> events = new ArrayList<>(problem.events());
        events.sort(Comparator.comparing(PlanningProblem.Event::date).thenComparing(PlanningProblem.Event::placeId));
        for (PlanningProblem.Event event : events) {
            PlanningProblem.Place place = placesById.get(event.placeId());
            if (place == null) {
                throw new PlanningException("patrol.plan.unknownPlace", "event '" + event.title()
                        + "' is at an unknown place " + event.placeId(), event.title(), event.placeId());
            }
            PlanningProblem.Officer chosen = null;
            for (PlanningProblem.Officer o : officers) {
                if (busy.contains(o.id() + event.date()) || !o.authorisedIn(place.ags(), event.date())
                        || weekHours.getOrDefault(weekKey(o, event.date()), 0.0) + event.hours() > o.weeklyHours() + 1e-9) {
                    continue;
                }
                // prefer an officer of the event's own municipality
                if (chosen == null || (o.homeAgs().equals(place.ags()) && !chosen.homeAgs().equals(place.ags()))) {
                    chosen = o;
                }
            }
            if (chosen == null) {
                throw new PlanningException("patrol.plan.noOfficerForEvent", "no officer has time left for the event '"
                        + event.title() + "' on " + event.date(), event.title(), event.date());
            }
            busy.add(chosen.id() + event.date());
            weekHours.merge(weekKey(chosen, event.date()), event.hours(), Double::sum);
            eventShifts.add(new Shift(event.date(), chosen.id(), place.ags(), event.hours(), event.title(), 0,
                    List.of(new Shift.Stop(place.id(), 0, (int) Math.round(event.hours() * 60),
                            List.of(Urgency.EVENT)))));
        }

        for (LocalDate day = problem.from(); !day.isAfter(problem.to()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (PlanningProblem.Officer o : officers) {
                String week = weekKey(o, day);
                if (busy.contains(o.id() + day)
                        || weekHours.getOrDefault(week, 0.0) + problem.shiftHours() > o.weeklyHours() + 1e-9) {
                    continue;
                }
                busy.add(o.id() + day);
                weekHours.merge(week, problem.shiftHours(), Double::sum);
                slots.add(new Slot(day, o.id(), o.homeAgs(), problem.shiftHours()));
            }
        }
    }

    private static String weekKey(PlanningProblem.Officer o, LocalDate day) {
        return o.id() + "/" + day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    public List<Shift> eventShifts() {
        return eventShifts;
    }

    public List<Slot> slots() {
        return slots;
    }

    /** All hours: events plus regular shifts. */
    public double totalHours() {
        return eventShifts.stream().mapToDouble(Shift::hours).sum() + slots.stream().mapToDouble(Slot::hours).sum();
    }
}
