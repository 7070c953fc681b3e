package org.asskomm.patrol.internal;

import static org.asskomm.patrol.internal.CompoundStore.blankToNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.patrol.api.Plan;
import org.asskomm.patrol.api.PlanRequest;
import org.asskomm.patrol.api.PlannedShift;
import org.asskomm.patrol.api.PlanningService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Places (the lead's and their member's) and plans (the lead's), written through the pipeline. */
@Component(service = PlanningService.class)
public class PatrolPlanning implements PlanningService {

    private final Database database;
    private final CompoundAccess access;
    private final Writes writes;
    private final Clock clock;
    private final PlaceStore places = new PlaceStore();
    private final PlanStore plans = new PlanStore();
    private final ResourceStore resources = new ResourceStore();
    private final LogStore logs = new LogStore();
    private final Entity<Place> place;
    private final Entity<PlanRun.Summary> plan;

    @Activate
    public PatrolPlanning(@Reference Database database, @Reference CompoundAccess access, @Reference Writes writes) {
        this(database, access, writes, Clock.systemDefaultZone());
    }

    PatrolPlanning(Database database, CompoundAccess access, Writes writes, Clock clock) {
        this.database = database;
        this.access = access;
        this.writes = writes;
        this.clock = clock;
        this.place = Entity.<Place>of(PatrolModule.ID, "Place",
                        (c, id) -> places.find(c, id.toString(), LocalDate.now(clock)), p -> access.lead(p.compoundId()))
                .versioned(Place::version).readableWhen((user, p) -> access.canSee(user, p.compoundId()));
        this.plan = Entity.<PlanRun.Summary>of(PatrolModule.ID, "Plan", this::summary, s -> access.lead(s.compoundId()))
                .readableWhen((user, s) -> access.canSee(user, s.compoundId()));
    }

    private static LocalDate untouchedBefore(Compound compound, LocalDate day) {
        return day.minusDays(compound.untouchedAfterDays());
    }

    @Override
    public Place addPlace(CurrentUser user, String compoundId, PlaceRequest r) {
        Compound compound = access.visible(user, compoundId);
        requireMember(compound, r);
        return writes.create(user, place, compound.leadAgs(), "CREATE")
                .authorize(u -> access.requireLeadOrMember(u, compound, r.ags()))
                .event(PatrolEvents.PLACE_CREATED,
                        (before, after) -> PatrolPayloads.part(PatrolEvents.PLACE_CREATED, after.compoundId()))
                .apply((c, id) -> {
                    validatePlace(r, false);
                    LocalDate threshold = untouchedBefore(compound, compound.startDate());
                    places.insert(c, new Place(id.toString(), compoundId, r.ags(), r.name().trim(), r.category(),
                            r.latitude(), r.longitude(), r.priority() == null ? 3 : r.priority(), r.lastPatrolledOn(),
                            false, r.lastPatrolledOn() == null || r.lastPatrolledOn().isBefore(threshold), 1,
                            r.requiredOfficers() == null ? 1 : r.requiredOfficers()));
                });
    }

    @Override
    public Place updatePlace(CurrentUser user, String compoundId, String placeId, PlaceRequest r) {
        Message notFound = Message.of("patrol.notInCompound", ConflictException.entity("Place"), placeId);
        return writes.update(user, place, CompoundAccess.uuid(placeId, notFound), "UPDATE")
                .authorize(access.within(compoundId, Place::compoundId, notFound,
                        (u, compound, before) -> access.requireLeadOrMember(u, compound, before.ags())))
                .check(before -> {
                    Compound compound = access.compound(compoundId);
                    requireMember(compound, r);
                    access.requireLeadOrMember(user, compound, r.ags()); // a place may move to another member
                    validatePlace(r, true);
                })
                .expectVersion(r == null ? null : r.version())
                .event(PatrolEvents.PLACE_UPDATED,
                        (before, after) -> PatrolPayloads.part(PatrolEvents.PLACE_UPDATED, after.compoundId()))
                .apply((c, before) -> places.update(c, new Place(before.id(), compoundId, r.ags(), r.name().trim(),
                        r.category(), r.latitude(), r.longitude(), r.priority() == null ? before.priority() : r.priority(),
                        r.lastPatrolledOn() == null ? before.lastPatrolledOn() : r.lastPatrolledOn(), false,
                        before.untouchedAtStart(), before.version() + 1,
                        r.requiredOfficers() == null ? before.requiredOfficers() : r.requiredOfficers()), before.version()));
    }

    /** The member a place lies in decides the right, so it is checked first (400). */
    private static void requireMember(Compound compound, PlaceRequest r) {
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.rule(r.ags() != null && compound.hasMember(r.ags()), "ags", "patrol.member.notOfCompound")
                .throwIfInvalid();
    }

    private void validatePlace(PlaceRequest r, boolean update) {
        Validator v = new Validator();
        v.text("name", r.name(), 200).required("category", r.category());
        v.rule(r.latitude() != null && r.latitude() >= -90 && r.latitude() <= 90, "latitude",
                "validation.between", -90, 90);
        v.rule(r.longitude() != null && r.longitude() >= -180 && r.longitude() <= 180, "longitude",
                "validation.between", -180, 180);
        v.rule(r.priority() == null || (r.priority() >= 1 && r.priority() <= 5), "priority", "validation.between", 1, 5);
        v.rule(r.requiredOfficers() == null || (r.requiredOfficers() >= 1 && r.requiredOfficers() <= 2),
                "requiredOfficers", "validation.between", 1, 2);
        v.rule(r.lastPatrolledOn() == null || !r.lastPatrolledOn().isAfter(LocalDate.now(clock)), "lastPatrolledOn",
                "validation.notInFuture");
        if (update) {
            v.required("version", r.version());
        }
        v.throwIfInvalid();
    }

    @Override
    public Page<Place> places(CurrentUser user, String compoundId, String municipality, Boolean untouched,
                              PageRequest page) {
        return access.read(user, compoundId, (c, compound) -> places.page(c, compoundId, blankToNull(municipality),
                untouched, untouchedBefore(compound, LocalDate.now(clock)), page));
    }

    @Override
    public Plan createPlan(CurrentUser user, String compoundId, PlanRequest r) {
        Compound compound = access.visible(user, compoundId);
        // the right before the input is judged (403 before 400); the pipeline checks it again when it writes
        access.requireLead(user, compound.leadAgs());
        LocalDate planStart = r == null || r.from() == null ? LocalDate.now(clock) : r.from();
        // places with citizens' reports are planned with their hotspot priority as of the plan's first day
        List<Place> all = database.read(c -> HotspotBook.withHotspots(c, compoundId, planStart,
                places.all(c, compoundId, untouchedBefore(compound, planStart))));
        List<Officer> officers = database.read(c -> resources.officers(c, compoundId));
        Map<String, Integer> incidents = database.read(c -> logs.offencesAtPlaces(c, compoundId,
                planStart.minusDays(PlanRun.INCIDENT_DAYS), planStart));
        // planned outside the transaction: the writer's turn is not held while the planner runs
        Plan planned = PlanRun.plan(compound, r, all, officers, incidents, clock.instant());
        PlanRun.Summary stored = writes.create(user, plan, compound.leadAgs(), "CREATE")
                .event(PatrolEvents.PLAN_CREATED, (before, after) -> PatrolPayloads.plan(after))
                .apply((c, id) -> plans.insert(c, PlanRun.head(id.toString(), planned), planned.shifts()));
        return PlanRun.toPlan(compound, PlanRun.head(stored.id(), planned), planned.shifts());
    }

    @Override
    public Plan plan(CurrentUser user, String compoundId, String planId) {
        return access.read(user, compoundId, (c, compound) -> {
            PlanStore.PlanHead head = plans.find(c, planId).filter(h -> h.compoundId().equals(compoundId))
                    .orElseThrow(() -> NotFoundException.of("patrol.notInCompound", ConflictException.entity("Plan"), planId));
            return PlanRun.toPlan(compound, head, plans.shifts(c, planId));
        });
    }

    /** The plan as the audit log keeps it: metrics from the shifts, without their routes. */
    private Optional<PlanRun.Summary> summary(Connection c, UUID id) throws SQLException {
        Optional<PlanStore.PlanHead> head = plans.find(c, id.toString());
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<PlannedShift> shifts = plans.shiftHeads(c, head.get().id());
        Plan p = PlanRun.toPlan(access.compound(head.get().compoundId()), head.get(), shifts);
        return Optional.of(new PlanRun.Summary(p.id(), p.compoundId(), p.from(), p.to(), shifts.size(), p.metrics()));
    }
}
