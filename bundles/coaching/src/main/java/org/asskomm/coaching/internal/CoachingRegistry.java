package org.asskomm.coaching.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.asskomm.coaching.api.Assignment;
import org.asskomm.coaching.api.AssignmentEnd;
import org.asskomm.coaching.api.AssignmentRequest;
import org.asskomm.coaching.api.ChecklistUpdate;
import org.asskomm.coaching.api.Coach;
import org.asskomm.coaching.api.CoachRequest;
import org.asskomm.coaching.api.CoachingEvents;
import org.asskomm.coaching.api.CoachingService;
import org.asskomm.coaching.api.CoachingSession;
import org.asskomm.coaching.api.SessionRequest;
import org.asskomm.coaching.api.Workload;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of coaching. The LPR keeps the pool of coaches and assigns them (one running assignment per
 * municipality, no coach beyond the capacity); a municipality's users log sessions and keep the checklist of their
 * own assignment. Every write goes through the write pipeline.
 */
@Component(service = CoachingService.class)
public class CoachingRegistry implements CoachingService {

    private static final Logger LOG = LoggerFactory.getLogger(CoachingRegistry.class);

    /** Coaches belong to no municipality: only LPR admins write them; every signed-in user reads the pool. */
    static final Entity<Coach> COACH = Entity.<Coach>of(CoachingModule.ID, "Coach", CoachingStore::findCoach,
            coach -> null).versioned(Coach::version).readableWhen((user, coach) -> !user.isAnonymous());
    static final Entity<Assignment> ASSIGNMENT = Entity.of(CoachingModule.ID, "Assignment",
            CoachingStore::lockAssignment, Assignment::municipality).versioned(Assignment::version);
    static final Entity<CoachingSession> SESSION = Entity.of(CoachingModule.ID, "Session", CoachingStore::findSession,
            CoachingSession::municipality);

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final ModuleEnablement enablement;
    private final Writes writes;
    private final Clock clock;

    @Activate
    public CoachingRegistry(@Reference Database database,
                            @Reference(target = "(asskomm.module=coaching)") ModuleSchema schema,
                            @Reference MunicipalityDirectory municipalities, @Reference ModuleEnablement enablement,
                            @Reference Writes writes) {
        this(database, municipalities, enablement, writes, Clock.systemDefaultZone());
    }

    CoachingRegistry(Database database, MunicipalityDirectory municipalities, ModuleEnablement enablement,
                     Writes writes, Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.enablement = enablement;
        this.writes = writes;
        this.clock = clock;
    }

    // --- the pool

    @Override
    public Coach createCoach(CurrentUser user, CoachRequest r) {
        user.requireLprAdmin();
        CoachingInputs.coach(r, false);
        Coach created = writes.create(user, COACH, null, "CREATE").authorize(CurrentUser::requireLprAdmin)
                .apply((c, id) -> {
                    CoachingStore.insertCoach(c, id, r.name().strip(), r.email().strip(), r.capacity());
                    CoachingStore.insertTags(c, id, CoachingStore.REGION, CoachingInputs.stripped(r.regions()));
                    CoachingStore.insertTags(c, id, CoachingStore.TOPIC, CoachingInputs.stripped(r.topics()));
                });
        LOG.info("Coach {} added to the pool", created.id());
        return created;
    }

    @Override
    public Coach updateCoach(CurrentUser user, UUID id, CoachRequest r) {
        user.requireLprAdmin();
        CoachingInputs.coach(r, true);
        return writes.update(user, COACH, id, "UPDATE").authorize((u, coach) -> u.requireLprAdmin())
                .expectVersion(r.version())
                .apply((c, before) -> {
                    int running = CoachingStore.activeAssignments(c, id.toString(), today());
                    if (r.capacity() < running) {
                        throw ConflictException.of("coaching.coach.capacityBelowLoad", r.capacity(), running);
                    }
                    CoachingStore.updateCoach(c, id, r.name().strip(), r.email().strip(), r.capacity(), r.version());
                    CoachingStore.insertTags(c, id, CoachingStore.REGION, CoachingInputs.stripped(r.regions()));
                    CoachingStore.insertTags(c, id, CoachingStore.TOPIC, CoachingInputs.stripped(r.topics()));
                });
    }

    @Override
    public Coach coach(CurrentUser user, UUID id) {
        user.requireAuthenticated();
        return database.read(c -> CoachingStore.findCoach(c, id))
                .orElseThrow(() -> NotFoundException.of("coaching.coach.notFound", id));
    }

    @Override
    public Page<Coach> coaches(CurrentUser user, String region, String topic, PageRequest page) {
        user.requireAuthenticated();
        return database.read(c -> CoachingStore.coaches(c, region, topic, page));
    }

    // --- assignments

    @Override
    public Assignment assign(CurrentUser user, AssignmentRequest r) {
        user.requireLprAdmin();
        CoachingInputs.assignment(r, municipalities);
        Assignment created = writes.create(user, ASSIGNMENT, r.municipality(), "ASSIGN")
                .authorize(u -> enablement.checkWrite(u, CoachingModule.ID, r.municipality()))
                .event(CoachingEvents.ASSIGNED, (before, after) -> CoachingEvents.ASSIGNED.payload()
                        .with(CoachingEvents.COACH, after.coachId()).with(CoachingEvents.STARTED_ON, after.startedOn())
                        .build())
                .apply((c, id) -> {
                    Coach coach = CoachingStore.lockCoach(c, r.coachId()).orElseThrow(() ->
                            ValidationException.of("coachId", "coaching.coach.unknown"));
                    if (CoachingStore.activeOf(c, r.municipality()).isPresent()) {
                        throw ConflictException.of("coaching.assignment.running", r.municipality());
                    }
                    int load = CoachingStore.activeAssignments(c, coach.id().toString(), r.startedOn());
                    if (load >= coach.capacity()) {
                        throw ConflictException.of("coaching.coach.full", coach.name(), coach.capacity());
                    }
                    CoachingStore.insertAssignment(c, id, r.municipality(), coach.id(), r.coordinator().strip(),
                            r.startedOn());
                });
        LOG.info("Assignment {}: coach {} for municipality {}", created.id(), created.coachId(), created.municipality());
        return created;
    }

    @Override
    public Assignment assignment(CurrentUser user, UUID id) {
        return database.read(c -> CoachingStore.findAssignment(c, id)).filter(a -> user.mayRead(a.municipality()))
                .orElseThrow(() -> NotFoundException.of("coaching.assignment.notFound", id));
    }

    @Override
    public Page<Assignment> assignments(CurrentUser user, String municipality, UUID coachId, Boolean active,
                                        PageRequest page) {
        user.requireAuthenticated();
        return database.read(c -> CoachingStore.assignments(c, municipality, coachId, active,
                user.seesAll() ? null : user.municipalities(), page));
    }

    @Override
    public Assignment end(CurrentUser user, UUID id, AssignmentEnd end) {
        user.requireLprAdmin();
        new Validator().required("body", end).throwIfInvalid();
        new Validator().required("endedOn", end.endedOn()).required("version", end.version()).throwIfInvalid();
        return writes.update(user, ASSIGNMENT, id, "END")
                .authorize((u, assignment) -> u.requireLprAdmin())
                .expectVersion(end.version())
                .check(before -> {
                    if (!before.active()) {
                        throw ConflictException.of("coaching.assignment.ended", id, before.endedOn());
                    }
                    new Validator().rule(!end.endedOn().isBefore(before.startedOn()), "endedOn", "validation.notBefore",
                            before.startedOn()).throwIfInvalid();
                })
                .event(CoachingEvents.ENDED, (before, after) -> CoachingEvents.ENDED.payload()
                        .with(CoachingEvents.COACH, after.coachId()).with(CoachingEvents.ENDED_ON, after.endedOn())
                        .build())
                .apply((c, before) -> CoachingStore.end(c, id, end.endedOn(), end.version()));
    }

    @Override
    public Assignment check(CurrentUser user, UUID id, ChecklistUpdate u) {
        // others' assignments are not found (404), readers who may not write are refused (403), before the input
        enablement.checkWrite(user, CoachingModule.ID, assignment(user, id).municipality());
        new Validator().required("body", u).throwIfInvalid();
        new Validator().required("condition", u.condition()).required("version", u.version())
                .rule(u.metOn() == null || !u.metOn().isAfter(today()), "metOn", "validation.notInFuture")
                .throwIfInvalid();
        return writes.update(user, ASSIGNMENT, id, "CHECKLIST")
                .expectVersion(u.version())
                .check(before -> new Validator().rule(u.metOn() == null || !u.metOn().isBefore(before.startedOn()),
                        "metOn", "validation.notBefore", before.startedOn()).throwIfInvalid())
                .event(CoachingEvents.CONDITION_MET, (before, after) -> u.metOn() == null ? null
                        : CoachingEvents.CONDITION_MET.payload().with(CoachingEvents.CONDITION, u.condition())
                        .with(CoachingEvents.MET_ON, u.metOn()).build())
                .apply((c, before) -> CoachingStore.check(c, id, u.condition(), u.metOn(), u.version()));
    }

    // --- sessions and workload

    @Override
    public CoachingSession logSession(CurrentUser user, UUID assignmentId, SessionRequest r) {
        Assignment a = assignment(user, assignmentId);
        enablement.checkWrite(user, CoachingModule.ID, a.municipality());
        CoachingInputs.session(r, today());
        new Validator().rule(!r.date().isBefore(a.startedOn()), "date", "validation.notBefore", a.startedOn())
                .rule(a.endedOn() == null || !r.date().isAfter(a.endedOn()), "date", "coaching.session.afterEnd",
                        a.endedOn())
                .throwIfInvalid();
        return writes.create(user, SESSION, a.municipality(), "CREATE")
                .event(CoachingEvents.SESSION_LOGGED, (before, after) -> CoachingEvents.SESSION_LOGGED.payload()
                        .with(CoachingEvents.ASSIGNMENT, after.assignmentId()).with(CoachingEvents.HELD_ON, after.date())
                        .with(CoachingEvents.TOPICS, after.topics()).build())
                .apply((c, id) -> CoachingStore.insertSession(c, id, a, r.date(), CoachingInputs.stripped(r.topics()),
                        CoachingInputs.blankToNull(r.nextSteps()), CoachingInputs.blankToNull(r.openPoints())));
    }

    @Override
    public List<CoachingSession> sessions(CurrentUser user, UUID assignmentId) {
        Assignment a = assignment(user, assignmentId);
        return database.read(c -> CoachingStore.sessions(c, a.id()));
    }

    @Override
    public List<Workload> workload(CurrentUser user, LocalDate asOf) {
        if (!user.seesAll()) {
            user.requireLprAdmin();
        }
        LocalDate day = asOf == null ? today() : asOf;
        return database.read(c -> {
            List<Workload> loads = new ArrayList<>();
            for (Coach coach : CoachingStore.allCoaches(c)) {
                String id = coach.id().toString();
                loads.add(new Workload(coach.id(), coach.name(), coach.capacity(),
                        CoachingStore.activeAssignments(c, id, day),
                        CoachingStore.sessionsBetween(c, id, day.minusYears(1), day), day));
            }
            return loads;
        });
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
