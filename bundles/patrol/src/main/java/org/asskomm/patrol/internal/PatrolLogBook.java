package org.asskomm.patrol.internal;

import static org.asskomm.patrol.api.PlanningService.MAX_SHIFT_HOURS;
import static org.asskomm.patrol.internal.CompoundStore.blankToNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundMember;
import org.asskomm.patrol.api.LogRequest;
import org.asskomm.patrol.api.OffenceCategory;
import org.asskomm.patrol.api.OffenceCount;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.PatrolLog;
import org.asskomm.patrol.api.PatrolLogService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The patrol log, written in a member's name through the pipeline, and the offence categories (LPR). */
@Component(service = PatrolLogService.class)
public class PatrolLogBook implements PatrolLogService {

    private final Database database;
    private final CompoundAccess access;
    private final Writes writes;
    private final Clock clock;
    private final LogStore logs = new LogStore();
    private final PlaceStore places = new PlaceStore();
    private final PlanStore plans = new PlanStore();
    private final ResourceStore resources = new ResourceStore();
    /** A log belongs to the member in whose name it was written. */
    private final Entity<PatrolLog> log;

    @Activate
    public PatrolLogBook(@Reference Database database, @Reference CompoundAccess access, @Reference Writes writes) {
        this(database, access, writes, Clock.systemDefaultZone());
    }

    PatrolLogBook(Database database, CompoundAccess access, Writes writes, Clock clock) {
        this.database = database;
        this.access = access;
        this.writes = writes;
        this.clock = clock;
        this.log = Entity.<PatrolLog>of(PatrolModule.ID, "PatrolLog", (c, id) -> logs.find(c, id.toString()),
                PatrolLog::ags).readableWhen((user, l) -> access.canSee(user, l.compoundId()));
    }

    /**
     * An offence category; its key is its code, so the entity is made per code (the pipeline's generated id names
     * the audit entry only).
     */
    private Entity<OffenceCategory> category(String code) {
        return Entity.of(PatrolModule.ID, "OffenceCategory", (c, id) -> logs.category(c, code), category -> null);
    }

    @Override
    public PatrolLog addLog(CurrentUser user, String compoundId, LogRequest r) {
        Compound compound = access.visible(user, compoundId);
        Validator member = new Validator();
        if (r == null) {
            member.required("body", null).throwIfInvalid();
        }
        // the member decides the right, so it is checked first (400)
        member.rule(r.ags() != null && compound.hasMember(r.ags()), "ags", "patrol.member.notOfCompound")
                .throwIfInvalid();
        return writes.create(user, log, r.ags(), "CREATE")
                .authorize(u -> access.requireLeadOrMember(u, compound, r.ags()))
                .event(PatrolEvents.PATROL_LOG_CREATED, (before, after) -> PatrolPayloads.log(after))
                .apply((c, id) -> {
                    validate(c, compound, r);
                    List<String> officerIds = r.officerIds().stream().distinct().toList();
                    List<String> placeIds = r.placeIds() == null ? List.of() : r.placeIds().stream().distinct().toList();
                    requireWorkingTime(c, officerIds, r);
                    logs.insert(c, new PatrolLog(id.toString(), compoundId, r.shiftId(), r.ags(), r.start(), r.end(),
                            officerIds, r.vehicleId(), r.km().setScale(1, RoundingMode.UNNECESSARY), placeIds,
                            blankToNull(r.observations()), r.offences() == null ? List.of() : r.offences(),
                            r.warnings() == null ? 0 : r.warnings()));
                    LocalDate day = r.start().toLocalDate();
                    boolean sinceStart = !day.isBefore(compound.startDate());
                    for (String place : placeIds) {
                        places.markPatrolled(c, place, day, sinceStart);
                    }
                });
    }

    /** Every wrong field at once, those that need the compound's records included (400). */
    private void validate(Connection c, Compound compound, LogRequest r) throws SQLException {
        Validator v = new Validator();
        v.required("start", r.start()).required("end", r.end());
        if (r.start() != null && r.end() != null) {
            v.rule(r.end().isAfter(r.start()), "end", "validation.after", Message.field("start"));
            v.rule(Duration.between(r.start(), r.end()).toMinutes() <= MAX_SHIFT_HOURS.intValue() * 60L, "end",
                    "patrol.log.shiftTooLong", MAX_SHIFT_HOURS);
            v.rule(!r.start().toLocalDate().isAfter(LocalDate.now(clock)), "start", "validation.notInFuture");
        }
        v.required("km", r.km());
        v.rule(r.km() == null || r.km().signum() >= 0, "km", "validation.notNegative");
        v.rule(r.km() == null || (r.km().stripTrailingZeros().scale() <= 1 && r.km().compareTo(BigDecimal.valueOf(2000)) <= 0),
                "km", "patrol.log.km");
        v.rule(r.warnings() == null || r.warnings() >= 0, "warnings", "validation.notNegative");
        v.maxLength("observations", r.observations(), 4000);
        v.notEmpty("officerIds", r.officerIds());
        String compoundId = compound.id();
        List<String> officerIds = r.officerIds() == null ? List.of() : r.officerIds().stream().distinct().toList();
        for (int i = 0; i < officerIds.size(); i++) {
            String id = officerIds.get(i);
            Optional<Officer> officer = id == null ? Optional.empty()
                    : resources.officer(c, id).filter(o -> o.compoundId().equals(compoundId));
            String field = "officerIds[" + i + "]";
            v.rule(officer.isPresent(), field, "patrol.officer.notOfCompound");
            officer.ifPresent(o -> requireAuthority(v, compound, o, r, field));
        }
        if (r.vehicleId() != null) {
            v.rule(resources.resource(c, r.vehicleId()).filter(x -> x.compoundId().equals(compoundId)).isPresent(),
                    "vehicleId", "patrol.resource.notOfCompound");
        }
        List<String> placeIds = r.placeIds() == null ? List.of() : r.placeIds().stream().distinct().toList();
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < placeIds.size(); i++) {
            String id = placeIds.get(i);
            v.rule(id != null && places.find(c, id, today).filter(p -> p.compoundId().equals(compoundId)).isPresent(),
                    "placeIds[" + i + "]", "patrol.place.notOfCompound");
        }
        Set<String> known = new HashSet<>();
        logs.categories(c).forEach(cat -> known.add(cat.code()));
        List<OffenceCount> offences = r.offences() == null ? List.of() : r.offences();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < offences.size(); i++) {
            OffenceCount o = offences.get(i);
            String field = "offences[" + i + "]";
            v.rule(o != null && known.contains(o.category()), field + ".category", "validation.oneOf", new TreeSet<>(known));
            v.rule(o == null || o.category() == null || seen.add(o.category()), field + ".category", "validation.duplicate");
            v.rule(o != null && o.count() != null && o.count() >= 1, field + ".count", "validation.atLeast", 1);
        }
        if (r.shiftId() != null) {
            v.rule(plans.shiftExists(c, compoundId, r.shiftId()), "shiftId", "patrol.shift.notOfCompound");
        }
        v.throwIfInvalid();
    }

    /**
     * Legal scope: an officer with recorded authorities may act only in a municipality and on a day they cover (none
     * recorded: every member under the purpose agreement).
     */
    private static void requireAuthority(Validator v, Compound compound, Officer o, LogRequest r, String field) {
        if (r.start() == null || o.authorities().isEmpty()) {
            return;
        }
        LocalDate day = r.start().toLocalDate();
        String where = compound.members().stream().filter(m -> m.ags().equals(r.ags())).map(CompoundMember::name)
                .findFirst().orElse(r.ags());
        v.rule(o.authorities().stream().anyMatch(a -> a.covers(r.ags(), day)), field, "patrol.log.outsideAuthority",
                o.name(), day, where);
    }

    /** An officer as people know them: by name (the id when the officer is gone). */
    private String officerName(Connection c, String officerId) throws SQLException {
        return resources.officer(c, officerId).map(Officer::name).orElse(officerId);
    }

    /** Working time per officer and day: the officers' rows locked, then checked against their other logs (409). */
    private void requireWorkingTime(Connection c, List<String> officerIds, LogRequest r) throws SQLException {
        resources.lockOfficers(c, officerIds);
        LocalDate day = r.start().toLocalDate();
        for (String officer : officerIds) {
            long minutes = Duration.between(r.start(), r.end()).toMinutes();
            for (LogStore.Span span : logs.officerDay(c, officer, day)) {
                if (span.start().isBefore(r.end()) && span.end().isAfter(r.start())) {
                    throw ConflictException.of("patrol.log.overlap", officerName(c, officer), span.start(), span.end());
                }
                minutes += Duration.between(span.start(), span.end()).toMinutes();
            }
            if (minutes > MAX_SHIFT_HOURS.intValue() * 60L) {
                throw ConflictException.of("patrol.log.overtime", officerName(c, officer),
                        BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP), day,
                        MAX_SHIFT_HOURS);
            }
        }
    }

    @Override
    public Page<PatrolLog> logs(CurrentUser user, String compoundId, String municipality, LocalDate from, LocalDate to,
                                PageRequest page) {
        return access.read(user, compoundId, (c, compound) -> logs.page(c, compoundId, blankToNull(municipality),
                from, to, page));
    }

    @Override
    public List<OffenceCategory> offenceCategories() {
        return database.read(logs::categories);
    }

    @Override
    public OffenceCategory addOffenceCategory(CurrentUser user, OffenceCategory category) {
        String code = category == null ? null : category.code();
        // the LPR's list, of no municipality: the LPR admin's right instead of a municipal one
        return writes.create(user, category(code), null, "CREATE").authorize(CurrentUser::requireLprAdmin)
                .apply((c, id) -> {
                    Validator v = new Validator();
                    if (category == null) {
                        v.required("body", null).throwIfInvalid();
                    }
                    v.rule(code != null && code.matches("[A-Z][A-Z0-9_]{1,49}"), "code", "patrol.category.code");
                    v.text("label", category.label(), 200).throwIfInvalid();
                    if (logs.category(c, code).isPresent()) {
                        throw ConflictException.of("patrol.category.exists", code);
                    }
                    logs.insertCategory(c, category);
                });
    }
}
