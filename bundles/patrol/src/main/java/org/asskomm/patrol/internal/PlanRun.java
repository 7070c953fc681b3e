package org.asskomm.patrol.internal;

import static org.asskomm.patrol.api.PlanningService.MAX_SHIFT_HOURS;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundMember;
import org.asskomm.patrol.api.FixedEvent;
import org.asskomm.patrol.api.HoursShare;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.Plan;
import org.asskomm.patrol.api.PlanMetrics;
import org.asskomm.patrol.api.PlanRequest;
import org.asskomm.patrol.api.PlannedShift;
import org.asskomm.patrol.api.PlannedVisit;

import org.asskomm.patrol.internal.planning.PlanEvaluation;
import org.asskomm.patrol.internal.planning.PlanningException;
import org.asskomm.patrol.internal.planning.PlanningProblem;
import org.asskomm.patrol.internal.planning.Shift;
import org.asskomm.patrol.internal.planning.TourPlanner;
import org.asskomm.patrol.internal.planning.WalkMetrics;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;

/** One planning run: the request's rules, the planner on the compound's places and officers, the stored plan. */
final class PlanRun {

    private static final BigDecimal DEFAULT_SHIFT_HOURS = BigDecimal.valueOf(8);
    private static final BigDecimal DEFAULT_SPEED = BigDecimal.valueOf(40);
    private static final int DEFAULT_VISIT_MINUTES = 20;
    private static final long MAX_PLAN_DAYS = 92;
    /** Offences logged at a place within this many days before a plan raise its urgency. */
    static final int INCIDENT_DAYS = 30;

    /** What the audit log keeps of a plan: its period and metrics, not every shift and route. */
    record Summary(String id, String compoundId, LocalDate from, LocalDate to, int shifts, PlanMetrics metrics) {
    }

    private PlanRun() {
    }

    /** Validates the request (every wrong field at once) and plans; 409 when the planner finds no solution. */
    static Plan plan(Compound compound, PlanRequest r, List<Place> places, List<Officer> officers,
                     Map<String, Integer> incidents, Instant now) {
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.required("from", r.from()).required("to", r.to());
        if (r.from() != null && r.to() != null) {
            v.rule(!r.to().isBefore(r.from()), "to", "validation.notBefore", Message.field("from"));
            v.rule(ChronoUnit.DAYS.between(r.from(), r.to()) < MAX_PLAN_DAYS, "to", "patrol.plan.maxDays", MAX_PLAN_DAYS);
        }
        BigDecimal shiftHours = r.shiftHours() == null ? DEFAULT_SHIFT_HOURS : r.shiftHours();
        v.rule(shiftHours.signum() > 0, "shiftHours", "validation.positive");
        v.rule(shiftHours.compareTo(MAX_SHIFT_HOURS) <= 0, "shiftHours", "patrol.workingTimeLimit", MAX_SHIFT_HOURS);
        BigDecimal speed = speed(v, "speedKmh", r.speedKmh(), DEFAULT_SPEED, 5, 130);
        BigDecimal bicycle = speed(v, "bicycleKmh", r.bicycleKmh(),
                BigDecimal.valueOf(PlanningProblem.Speeds.BICYCLE), 3, 40);
        BigDecimal foot = speed(v, "footKmh", r.footKmh(), BigDecimal.valueOf(PlanningProblem.Speeds.FOOT), 1, 10);
        int visitMinutes = r.visitMinutes() == null ? DEFAULT_VISIT_MINUTES : r.visitMinutes();
        v.rule(visitMinutes >= 1 && visitMinutes <= 240, "visitMinutes", "validation.between", 1, 240);
        Map<String, Place> placeById = new HashMap<>();
        places.forEach(p -> placeById.put(p.id(), p));
        List<FixedEvent> fixedEvents = r.fixedEvents() == null ? List.of() : r.fixedEvents();
        for (int i = 0; i < fixedEvents.size(); i++) {
            FixedEvent e = fixedEvents.get(i);
            String field = "fixedEvents[" + i + "]";
            if (e == null) {
                v.rule(false, field, "validation.required");
                continue;
            }
            v.text(field + ".title", e.title(), 200);
            v.rule(e.placeId() != null && placeById.containsKey(e.placeId()), field + ".placeId",
                    "patrol.place.notOfCompound");
            v.rule(e.date() != null && r.from() != null && r.to() != null && !e.date().isBefore(r.from())
                    && !e.date().isAfter(r.to()), field + ".date", "patrol.plan.outsidePeriod");
            v.rule(e.hours() != null && e.hours().signum() > 0, field + ".hours", "validation.positive");
            v.rule(e.hours() == null || e.hours().compareTo(MAX_SHIFT_HOURS) <= 0, field + ".hours",
                    "patrol.workingTimeLimit", MAX_SHIFT_HOURS);
        }
        v.throwIfInvalid();
        if (officers.isEmpty()) {
            throw ConflictException.of("patrol.plan.noOfficers");
        }
        LocalDate planStart = r.from();
        PlanningProblem problem = new PlanningProblem(
                compound.members().stream().map(m -> new PlanningProblem.Member(m.ags(),
                        m.contractedHoursPerMonth().doubleValue())).toList(),
                officers.stream().map(o -> new PlanningProblem.Officer(o.id(), o.homeAgs(),
                        o.weeklyHours().doubleValue(), o.mode(), authorities(o))).toList(),
                places.stream().map(p -> new PlanningProblem.Place(p.id(), p.ags(), p.latitude(), p.longitude(),
                        p.priority(), p.lastPatrolledOn() == null ? Integer.MAX_VALUE
                        : (int) Math.max(0, ChronoUnit.DAYS.between(p.lastPatrolledOn(), planStart)), p.untouched(),
                        p.requiredOfficers(), incidents.getOrDefault(p.id(), 0))).toList(),
                r.from(), r.to(), shiftHours.doubleValue(), speed.doubleValue(), visitMinutes,
                fixedEvents.stream().map(e -> new PlanningProblem.Event(e.title(), e.placeId(), e.date(),
                        e.hours().doubleValue())).toList(),
                new PlanningProblem.Speeds(foot.doubleValue(), bicycle.doubleValue(), speed.doubleValue()));
        List<Shift> planned;
        try {
            planned = new TourPlanner().plan(problem);
        } catch (PlanningException e) {
            throw ConflictException.of(e.key(), e.args());
        }
        WalkMetrics walk = WalkMetrics.of(problem, planned);
        PlanEvaluation evaluation = PlanEvaluation.of(problem, planned);
        List<PlannedShift> shifts = new ArrayList<>();
        for (Shift s : planned) {
            shifts.add(new PlannedShift(CompoundStore.newId(), s.date(), s.officerId(), s.ags(),
                    BigDecimal.valueOf(s.hours()).setScale(2, RoundingMode.HALF_UP), s.event(), s.travelMinutes(),
                    s.stops().stream().map(stop -> new PlannedVisit(stop.placeId(), placeById.get(stop.placeId()).name(),
                            stop.arrivalMinute(), stop.stayMinutes(), stop.reasons())).toList(),
                    s.partnerOfficerId(), s.breakMinutes(), s.breakAtMinute()));
        }
        PlanStore.PlanHead head = new PlanStore.PlanHead(null, compound.id(), r.from(), r.to(), now,
                evaluation.untouchedPlaces(), evaluation.untouchedReached(), evaluation.placesVisited(),
                BigDecimal.valueOf(evaluation.maxDeviationPercentPoints()).setScale(2, RoundingMode.HALF_UP),
                BigDecimal.valueOf(100 * walk.utilisation()).setScale(2, RoundingMode.HALF_UP), walk.duplicatedRoutes());
        return toPlan(compound, head, shifts);
    }

    /** The stored head of {@code plan} under the id the pipeline generated. */
    static PlanStore.PlanHead head(String id, Plan plan) {
        PlanMetrics m = plan.metrics();
        return new PlanStore.PlanHead(id, plan.compoundId(), plan.from(), plan.to(), plan.createdAt(),
                m.untouchedPlaces(), m.untouchedReached(), m.placesVisited(), m.maxDeviationPercentPoints(),
                m.utilisationPercent(), m.duplicatedRoutes());
    }

    /** The plan with its metrics; the hours per member are recomputed from the shifts. */
    static Plan toPlan(Compound compound, PlanStore.PlanHead head, List<PlannedShift> shifts) {
        Map<String, BigDecimal> hours = new TreeMap<>();
        compound.members().forEach(m -> hours.put(m.ags(), BigDecimal.ZERO));
        BigDecimal total = BigDecimal.ZERO;
        for (PlannedShift s : shifts) {
            hours.merge(s.ags(), s.hours(), BigDecimal::add);
            total = total.add(s.hours());
        }
        BigDecimal contracted = compound.members().stream().map(CompoundMember::contractedHoursPerMonth)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<HoursShare> shares = new ArrayList<>();
        for (CompoundMember m : compound.members()) {
            shares.add(new HoursShare(m.ags(), percent(m.contractedHoursPerMonth(), contracted),
                    hours.get(m.ags()), percent(hours.get(m.ags()), total)));
        }
        return new Plan(head.id(), head.compoundId(), head.from(), head.to(), head.createdAt(),
                new PlanMetrics(head.untouchedPlaces(), head.untouchedReached(), head.placesVisited(), total,
                        head.maxDeviation(), shares, head.utilisation(), head.duplicatedRoutes()), shifts);
    }

    private static BigDecimal speed(Validator v, String field, BigDecimal value, BigDecimal fallback, int min,
                                    int max) {
        BigDecimal speed = value == null ? fallback : value;
        v.rule(speed.compareTo(BigDecimal.valueOf(min)) >= 0 && speed.compareTo(BigDecimal.valueOf(max)) <= 0, field,
                "validation.between", min, max);
        return speed;
    }

    /** The officer's recorded authorities; none: every member under the purpose agreement (null for the planner). */
    static List<PlanningProblem.Authority> authorities(Officer o) {
        return o.authorities().isEmpty() ? null : o.authorities().stream()
                .map(a -> new PlanningProblem.Authority(a.ags(), a.validFrom(), a.validTo())).toList();
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }
}
