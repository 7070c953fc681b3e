package org.asskomm.patrol.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundMember;
import org.asskomm.patrol.api.CompoundRequest;
import org.asskomm.patrol.api.CostKey;
import org.asskomm.patrol.api.CostKeyRequest;
import org.asskomm.patrol.api.CostKeyType;
import org.asskomm.patrol.api.CostStatement;
import org.asskomm.patrol.api.Coverage;
import org.asskomm.patrol.api.FixedEvent;
import org.asskomm.patrol.api.HoursShare;
import org.asskomm.patrol.api.KeyShare;
import org.asskomm.patrol.api.LogRequest;
import org.asskomm.patrol.api.MemberRequest;
import org.asskomm.patrol.api.MemberRole;
import org.asskomm.patrol.api.MunicipalityCoverage;
import org.asskomm.patrol.api.OffenceCategory;
import org.asskomm.patrol.api.OffenceCount;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.OfficerRequest;
import org.asskomm.patrol.api.PatrolLog;
import org.asskomm.patrol.api.PatrolService;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.patrol.api.Plan;
import org.asskomm.patrol.api.PlanMetrics;
import org.asskomm.patrol.api.PlanRequest;
import org.asskomm.patrol.api.PlannedShift;
import org.asskomm.patrol.api.PlannedVisit;
import org.asskomm.patrol.api.ResourceKind;
import org.asskomm.patrol.api.ResourceRequest;
import org.asskomm.patrol.api.SharedResource;
import org.asskomm.patrol.internal.cost.StatementCalculator;
import org.asskomm.patrol.internal.planning.GreedyPlanner;
import org.asskomm.patrol.internal.planning.PlanEvaluation;
import org.asskomm.patrol.internal.planning.PlanningException;
import org.asskomm.patrol.internal.planning.PlanningProblem;
import org.asskomm.patrol.internal.planning.Shift;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.Topics;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

@Component(service = PatrolService.class)
public class PatrolServiceImpl implements PatrolService {

    static final int DEFAULT_UNTOUCHED_DAYS = 90;
    private static final BigDecimal DEFAULT_SHIFT_HOURS = BigDecimal.valueOf(8);
    private static final BigDecimal DEFAULT_SPEED = BigDecimal.valueOf(40);
    private static final int DEFAULT_VISIT_MINUTES = 20;
    private static final long MAX_PLAN_DAYS = 92;

    private final Database database;
    private final AuditLog audit;
    private final MunicipalityDirectory municipalities;
    private final ModuleEnablement enablement;
    private final EventAdmin events;
    private final CompoundStore compounds;
    private final ResourceStore resources = new ResourceStore();
    private final PlaceStore places = new PlaceStore();
    private final PlanStore plans = new PlanStore();
    private final LogStore logs = new LogStore();
    private final Clock clock;

    @Activate
    public PatrolServiceImpl(@Reference Database database,
                             @Reference(target = "(asskomm.module=patrol)") ModuleSchema schema,
                             @Reference AuditLog audit, @Reference MunicipalityDirectory municipalities,
                             @Reference ModuleEnablement enablement, @Reference EventAdmin events) {
        this(database, schema, audit, municipalities, enablement, events, Clock.systemDefaultZone());
    }

    PatrolServiceImpl(Database database, ModuleSchema schema, AuditLog audit,
                      MunicipalityDirectory municipalities, ModuleEnablement enablement, EventAdmin events, Clock clock) {
        this.database = database;
        this.audit = audit;
        this.municipalities = municipalities;
        this.enablement = enablement;
        this.events = events;
        this.clock = clock;
        this.compounds = new CompoundStore(municipalities);
    }

    // --- authorization -------------------------------------------------------------------------------

    private boolean canSee(CurrentUser user, Compound compound) {
        if (user.seesAll()) {
            return true;
        }
        return compound.members().stream()
                .anyMatch(m -> user.mayActFor(m.ags()) && enablement.isEnabled(MODULE_ID, m.ags()));
    }

    /** The compound if the user may see it; 404 otherwise, so that outsiders learn nothing. */
    private Compound visible(Connection c, CurrentUser user, String id, boolean forUpdate) throws SQLException {
        user.requireAuthenticated();
        Compound compound = compounds.find(c, id, forUpdate).orElse(null);
        if (compound == null || !canSee(user, compound)) {
            throw new NotFoundException("There is no patrol compound " + id + ".");
        }
        return compound;
    }

    private Compound visible(CurrentUser user, String id) {
        return database.inTransaction(c -> visible(c, user, id, false));
    }

    /** Compound-wide writes belong to the lead municipality. */
    private void checkLeadWrite(CurrentUser user, Compound compound) {
        enablement.checkWrite(user, MODULE_ID, compound.leadAgs());
    }

    /** Writes about one member (its places, its logs): the lead, or the member itself. */
    private void checkMemberWrite(CurrentUser user, Compound compound, String ags) {
        if (user.mayActFor(compound.leadAgs())) {
            enablement.checkWrite(user, MODULE_ID, compound.leadAgs());
            enablement.requireEnabled(MODULE_ID, ags);
        } else {
            enablement.checkWrite(user, MODULE_ID, ags);
        }
    }

    // --- compounds -----------------------------------------------------------------------------------

    @Override
    public Compound createCompound(CurrentUser user, CompoundRequest request) {
        user.requireAuthenticated();
        if (request != null && Municipality.isWellFormedKey(request.leadAgs())) {
            enablement.checkWrite(user, MODULE_ID, request.leadAgs());
        }
        List<CompoundMember> members = validateCompound(request, null);
        for (CompoundMember m : members) {
            enablement.requireEnabled(MODULE_ID, m.ags());
        }
        Compound compound = new Compound(CompoundStore.newId(), request.name().trim(), request.leadAgs(),
                request.startDate(), blankToNull(request.purposeAgreementId()),
                request.untouchedAfterDays() == null ? DEFAULT_UNTOUCHED_DAYS : request.untouchedAfterDays(), members, 1);
        database.inTransaction(c -> {
            compounds.insert(c, compound);
            audit.record(c, user, new AuditEvent(MODULE_ID, "Compound", compound.id(), "CREATE", compound.leadAgs()),
                    null, compound);
            return null;
        });
        events.postEvent(Topics.event(MODULE_ID, "Compound", "CREATED", compound.leadAgs(), compound.id(), user));
        return compound;
    }

    @Override
    public Compound updateCompound(CurrentUser user, String compoundId, CompoundRequest request) {
        Compound before = visible(user, compoundId);
        checkLeadWrite(user, before);
        List<CompoundMember> members = validateCompound(request, before);
        for (CompoundMember m : members) {
            enablement.requireEnabled(MODULE_ID, m.ags());
        }
        Compound after = new Compound(before.id(), request.name().trim(), before.leadAgs(), request.startDate(),
                blankToNull(request.purposeAgreementId()),
                request.untouchedAfterDays() == null ? before.untouchedAfterDays() : request.untouchedAfterDays(),
                members, request.version() + 1);
        database.inTransaction(c -> {
            compounds.update(c, after, request.version());
            audit.record(c, user, new AuditEvent(MODULE_ID, "Compound", after.id(), "UPDATE", after.leadAgs()),
                    before, after);
            return null;
        });
        events.postEvent(Topics.event(MODULE_ID, "Compound", "UPDATED", after.leadAgs(), after.id(), user));
        return visible(user, compoundId);
    }

    private List<CompoundMember> validateCompound(CompoundRequest r, Compound existing) {
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.text("name", r.name(), 200);
        v.required("startDate", r.startDate());
        v.maxLength("purposeAgreementId", r.purposeAgreementId(), 100);
        v.check(r.untouchedAfterDays() == null || (r.untouchedAfterDays() >= 1 && r.untouchedAfterDays() <= 3650),
                "untouchedAfterDays", "must be between 1 and 3650");
        if (existing == null) {
            knownMunicipality(v, "leadAgs", r.leadAgs());
        } else {
            v.check(r.leadAgs() == null || r.leadAgs().equals(existing.leadAgs()), "leadAgs",
                    "cannot change; create a new compound for another lead municipality");
            v.required("version", r.version());
        }
        String lead = existing == null ? r.leadAgs() : existing.leadAgs();
        v.notEmpty("members", r.members());
        List<CompoundMember> members = new ArrayList<>();
        if (r.members() != null) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < r.members().size(); i++) {
                MemberRequest m = r.members().get(i);
                String field = "members[" + i + "]";
                if (m == null) {
                    v.check(false, field, "is required");
                    continue;
                }
                Municipality municipality = knownMunicipality(v, field + ".ags", m.ags());
                v.check(m.ags() == null || seen.add(m.ags()), field + ".ags", "is listed twice");
                v.required(field + ".contractedHoursPerMonth", m.contractedHoursPerMonth());
                v.check(m.contractedHoursPerMonth() == null || (m.contractedHoursPerMonth().signum() >= 0
                                && m.contractedHoursPerMonth().compareTo(BigDecimal.valueOf(10_000)) <= 0
                                && m.contractedHoursPerMonth().stripTrailingZeros().scale() <= 2),
                        field + ".contractedHoursPerMonth", "must be between 0 and 10000 with at most two decimals");
                if (municipality != null) {
                    members.add(new CompoundMember(m.ags(), municipality.name(),
                            m.ags().equals(lead) ? MemberRole.LEAD : MemberRole.PARTNER, m.contractedHoursPerMonth()));
                }
            }
            v.check(lead == null || seen.contains(lead), "members", "must include the lead municipality " + lead);
        }
        v.throwIfInvalid();
        members.sort(java.util.Comparator.comparing(CompoundMember::ags));
        return members;
    }

    private Municipality knownMunicipality(Validator v, String field, String ags) {
        if (ags == null || ags.isBlank()) {
            v.check(false, field, "is required");
            return null;
        }
        if (!Municipality.isWellFormedKey(ags)) {
            v.check(false, field, "must be an 8-digit municipality key (AGS)");
            return null;
        }
        Municipality m = municipalities.find(ags).orElse(null);
        v.check(m != null, field, "is not a known municipality: " + ags);
        return m;
    }

    @Override
    public Compound compound(CurrentUser user, String compoundId) {
        return visible(user, compoundId);
    }

    @Override
    public Page<Compound> compounds(CurrentUser user, String municipality, PageRequest page) {
        user.requireAuthenticated();
        Set<String> visibleTo = null;
        if (!user.seesAll()) {
            visibleTo = new HashSet<>();
            for (String ags : user.municipalities()) {
                if (enablement.isEnabled(MODULE_ID, ags)) {
                    visibleTo.add(ags);
                }
            }
        }
        Set<String> filter = visibleTo;
        return database.inTransaction(c -> compounds.list(c, blankToNull(municipality), filter, page));
    }

    // --- cost keys -----------------------------------------------------------------------------------

    @Override
    public CostKey addCostKey(CurrentUser user, String compoundId, CostKeyRequest r) {
        Compound compound = visible(user, compoundId);
        checkLeadWrite(user, compound);
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.required("validFrom", r.validFrom()).required("type", r.type());
        List<KeyShare> shares = r.shares() == null ? List.of() : r.shares();
        if (r.type() == CostKeyType.FIXED_SHARES) {
            v.notEmpty("shares", r.shares());
            BigDecimal sum = BigDecimal.ZERO;
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < shares.size(); i++) {
                KeyShare s = shares.get(i);
                String field = "shares[" + i + "]";
                if (s == null) {
                    v.check(false, field, "is required");
                    continue;
                }
                v.check(s.ags() != null && compound.hasMember(s.ags()), field + ".ags", "must be a member of the compound");
                v.check(s.ags() == null || seen.add(s.ags()), field + ".ags", "is listed twice");
                v.check(s.percent() != null && s.percent().signum() >= 0 && s.percent().stripTrailingZeros().scale() <= 4,
                        field + ".percent", "must be 0 or more with at most four decimals");
                if (s.percent() != null) {
                    sum = sum.add(s.percent());
                }
            }
            v.check(shares.isEmpty() || sum.compareTo(BigDecimal.valueOf(100)) == 0, "shares",
                    "must sum to exactly 100 % (they sum to " + sum.stripTrailingZeros().toPlainString() + " %)");
            v.check(shares.isEmpty() || seen.size() == compound.members().size() || !v.isValid(), "shares",
                    "must name every member of the compound");
        } else {
            v.check(shares.isEmpty(), "shares", "are only allowed for FIXED_SHARES");
        }
        if (r.type() == CostKeyType.BASE_PLUS_USAGE) {
            v.check(r.basePercent() != null && r.basePercent().signum() >= 0
                    && r.basePercent().compareTo(BigDecimal.valueOf(100)) <= 0
                    && r.basePercent().stripTrailingZeros().scale() <= 4, "basePercent", "must be between 0 and 100");
        } else {
            v.check(r.basePercent() == null, "basePercent", "is only allowed for BASE_PLUS_USAGE");
        }
        v.throwIfInvalid();
        CostKey key = new CostKey(CompoundStore.newId(), compoundId, r.validFrom(), r.type(), r.basePercent(), shares);
        database.inTransaction(c -> {
            compounds.find(c, compoundId, true);
            if (compounds.keyExists(c, compoundId, r.validFrom())) {
                throw new ConflictException("A cost key valid from " + r.validFrom() + " already exists; keys are "
                        + "versioned by their first day, add one with another date.");
            }
            compounds.insertKey(c, key);
            audit.record(c, user, new AuditEvent(MODULE_ID, "CostKey", key.id(), "CREATE", compound.leadAgs()), null, key);
            return null;
        });
        events.postEvent(Topics.event(MODULE_ID, "CostKey", "CREATED", compound.leadAgs(), key.id(), user));
        return key;
    }

    @Override
    public List<CostKey> costKeys(CurrentUser user, String compoundId) {
        return database.inTransaction(c -> {
            visible(c, user, compoundId, false);
            return compounds.keys(c, compoundId);
        });
    }

    // --- resources and officers ----------------------------------------------------------------------

    @Override
    public SharedResource addResource(CurrentUser user, String compoundId, ResourceRequest r) {
        Compound compound = visible(user, compoundId);
        checkLeadWrite(user, compound);
        validateResource(r, false);
        SharedResource resource = new SharedResource(CompoundStore.newId(), compoundId, r.name().trim(),
                r.kind() == null ? ResourceKind.VEHICLE : r.kind(), r.monthlyFixed(),
                CompoundStore.zeroIfNull(r.perKm()), CompoundStore.zeroIfNull(r.perHour()), 1);
        return write(user, compound, "Resource", resource.id(), "CREATE", null, resource,
                c -> resources.insert(c, resource));
    }

    @Override
    public SharedResource updateResource(CurrentUser user, String compoundId, String resourceId, ResourceRequest r) {
        Compound compound = visible(user, compoundId);
        checkLeadWrite(user, compound);
        SharedResource before = database.inTransaction(c -> resources.resource(c, compoundId, resourceId))
                .orElseThrow(() -> new NotFoundException("There is no resource " + resourceId + " in this compound."));
        validateResource(r, true);
        SharedResource after = new SharedResource(resourceId, compoundId, r.name().trim(),
                r.kind() == null ? before.kind() : r.kind(), r.monthlyFixed(), CompoundStore.zeroIfNull(r.perKm()),
                CompoundStore.zeroIfNull(r.perHour()), r.version() + 1);
        return write(user, compound, "Resource", resourceId, "UPDATE", before, after,
                c -> resources.update(c, after, r.version()));
    }

    private static void validateResource(ResourceRequest r, boolean update) {
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.text("name", r.name(), 200).required("monthlyFixed", r.monthlyFixed()).money("monthlyFixed", r.monthlyFixed())
                .money("perKm", r.perKm()).money("perHour", r.perHour());
        if (update) {
            v.required("version", r.version());
        }
        v.throwIfInvalid();
    }

    @Override
    public List<SharedResource> resources(CurrentUser user, String compoundId) {
        return database.inTransaction(c -> {
            visible(c, user, compoundId, false);
            return resources.resources(c, compoundId);
        });
    }

    @Override
    public Officer addOfficer(CurrentUser user, String compoundId, OfficerRequest r) {
        Compound compound = visible(user, compoundId);
        checkLeadWrite(user, compound);
        validateOfficer(compound, r, false);
        Officer officer = new Officer(CompoundStore.newId(), compoundId, r.name().trim(), r.homeAgs(), r.weeklyHours(),
                qualifications(r), 1);
        return write(user, compound, "Officer", officer.id(), "CREATE", null, officer, c -> resources.insert(c, officer));
    }

    @Override
    public Officer updateOfficer(CurrentUser user, String compoundId, String officerId, OfficerRequest r) {
        Compound compound = visible(user, compoundId);
        checkLeadWrite(user, compound);
        Officer before = database.inTransaction(c -> resources.officer(c, compoundId, officerId))
                .orElseThrow(() -> new NotFoundException("There is no officer " + officerId + " in this compound."));
        validateOfficer(compound, r, true);
        Officer after = new Officer(officerId, compoundId, r.name().trim(), r.homeAgs(), r.weeklyHours(),
                qualifications(r), r.version() + 1);
        return write(user, compound, "Officer", officerId, "UPDATE", before, after,
                c -> resources.update(c, after, r.version()));
    }

    private static List<String> qualifications(OfficerRequest r) {
        return r.qualifications() == null ? List.of()
                : r.qualifications().stream().map(String::trim).distinct().sorted().toList();
    }

    private static void validateOfficer(Compound compound, OfficerRequest r, boolean update) {
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.text("name", r.name(), 200);
        v.check(r.homeAgs() != null && compound.hasMember(r.homeAgs()), "homeAgs", "must be a member of the compound");
        v.check(r.weeklyHours() != null && r.weeklyHours().signum() > 0
                && r.weeklyHours().compareTo(BigDecimal.valueOf(60)) <= 0, "weeklyHours", "must be more than 0 and at most 60");
        if (r.qualifications() != null) {
            for (int i = 0; i < r.qualifications().size(); i++) {
                String q = r.qualifications().get(i);
                v.check(q != null && !q.isBlank() && q.length() <= 100, "qualifications[" + i + "]",
                        "must be text of 1 to 100 characters");
            }
        }
        if (update) {
            v.required("version", r.version());
        }
        v.throwIfInvalid();
    }

    @Override
    public List<Officer> officers(CurrentUser user, String compoundId) {
        return database.inTransaction(c -> {
            visible(c, user, compoundId, false);
            return resources.officers(c, compoundId);
        });
    }

    // --- places --------------------------------------------------------------------------------------

    private LocalDate untouchedBefore(Compound compound, LocalDate day) {
        return day.minusDays(compound.untouchedAfterDays());
    }

    @Override
    public Place addPlace(CurrentUser user, String compoundId, PlaceRequest r) {
        Compound compound = visible(user, compoundId);
        validatePlace(compound, r, false, user);
        LocalDate threshold = untouchedBefore(compound, compound.startDate());
        boolean untouchedAtStart = r.lastPatrolledOn() == null || r.lastPatrolledOn().isBefore(threshold);
        LocalDate today = LocalDate.now(clock);
        Place place = new Place(CompoundStore.newId(), compoundId, r.ags(), r.name().trim(), r.category(), r.latitude(),
                r.longitude(), r.priority() == null ? 3 : r.priority(), r.lastPatrolledOn(),
                r.lastPatrolledOn() == null || r.lastPatrolledOn().isBefore(untouchedBefore(compound, today)),
                untouchedAtStart, 1);
        return write(user, compound, "Place", place.id(), "CREATE", null, place, c -> places.insert(c, place));
    }

    @Override
    public Place updatePlace(CurrentUser user, String compoundId, String placeId, PlaceRequest r) {
        Compound compound = visible(user, compoundId);
        LocalDate threshold = untouchedBefore(compound, LocalDate.now(clock));
        Place before = database.inTransaction(c -> places.find(c, compoundId, placeId, threshold))
                .orElseThrow(() -> new NotFoundException("There is no place " + placeId + " in this compound."));
        checkMemberWrite(user, compound, before.ags());
        validatePlace(compound, r, true, user);
        LocalDate last = r.lastPatrolledOn() == null ? before.lastPatrolledOn() : r.lastPatrolledOn();
        Place after = new Place(placeId, compoundId, r.ags(), r.name().trim(), r.category(), r.latitude(), r.longitude(),
                r.priority() == null ? before.priority() : r.priority(), last,
                last == null || last.isBefore(threshold), before.untouchedAtStart(), r.version() + 1);
        return write(user, compound, "Place", placeId, "UPDATE", before, after,
                c -> places.update(c, after, r.version()));
    }

    private void validatePlace(Compound compound, PlaceRequest r, boolean update, CurrentUser user) {
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.check(r.ags() != null && compound.hasMember(r.ags()), "ags", "must be a member of the compound");
        v.throwIfInvalid();
        checkMemberWrite(user, compound, r.ags());
        v.text("name", r.name(), 200).required("category", r.category());
        v.check(r.latitude() != null && r.latitude() >= -90 && r.latitude() <= 90, "latitude",
                "must be between -90 and 90");
        v.check(r.longitude() != null && r.longitude() >= -180 && r.longitude() <= 180, "longitude",
                "must be between -180 and 180");
        v.check(r.priority() == null || (r.priority() >= 1 && r.priority() <= 5), "priority", "must be between 1 and 5");
        v.check(r.lastPatrolledOn() == null || !r.lastPatrolledOn().isAfter(LocalDate.now(clock)), "lastPatrolledOn",
                "must not be in the future");
        if (update) {
            v.required("version", r.version());
        }
        v.throwIfInvalid();
    }

    @Override
    public Page<Place> places(CurrentUser user, String compoundId, String municipality, Boolean untouched,
                              PageRequest page) {
        return database.inTransaction(c -> {
            Compound compound = visible(c, user, compoundId, false);
            return places.page(c, compoundId, blankToNull(municipality), untouched,
                    untouchedBefore(compound, LocalDate.now(clock)), page);
        });
    }

    // --- planning ------------------------------------------------------------------------------------

    @Override
    public Plan createPlan(CurrentUser user, String compoundId, PlanRequest r) {
        Compound compound = visible(user, compoundId);
        checkLeadWrite(user, compound);
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.required("from", r.from()).required("to", r.to());
        if (r.from() != null && r.to() != null) {
            v.check(!r.to().isBefore(r.from()), "to", "must not be before from");
            v.check(ChronoUnit.DAYS.between(r.from(), r.to()) < MAX_PLAN_DAYS, "to",
                    "a plan covers at most " + MAX_PLAN_DAYS + " days");
        }
        BigDecimal shiftHours = r.shiftHours() == null ? DEFAULT_SHIFT_HOURS : r.shiftHours();
        v.check(shiftHours.signum() > 0, "shiftHours", "must be more than 0");
        v.check(shiftHours.compareTo(MAX_SHIFT_HOURS) <= 0, "shiftHours",
                "must not exceed the working-time limit of " + MAX_SHIFT_HOURS + " hours");
        BigDecimal speed = r.speedKmh() == null ? DEFAULT_SPEED : r.speedKmh();
        v.check(speed.compareTo(BigDecimal.valueOf(5)) >= 0 && speed.compareTo(BigDecimal.valueOf(130)) <= 0,
                "speedKmh", "must be between 5 and 130");
        int visitMinutes = r.visitMinutes() == null ? DEFAULT_VISIT_MINUTES : r.visitMinutes();
        v.check(visitMinutes >= 1 && visitMinutes <= 240, "visitMinutes", "must be between 1 and 240");

        LocalDate planStart = r.from() == null ? LocalDate.now(clock) : r.from();
        List<Place> allPlaces = database.inTransaction(c -> places.all(c, compoundId,
                untouchedBefore(compound, planStart)));
        Map<String, Place> placeById = new HashMap<>();
        allPlaces.forEach(p -> placeById.put(p.id(), p));
        List<FixedEvent> fixedEvents = r.fixedEvents() == null ? List.of() : r.fixedEvents();
        for (int i = 0; i < fixedEvents.size(); i++) {
            FixedEvent e = fixedEvents.get(i);
            String field = "fixedEvents[" + i + "]";
            if (e == null) {
                v.check(false, field, "is required");
                continue;
            }
            v.text(field + ".title", e.title(), 200);
            v.check(e.placeId() != null && placeById.containsKey(e.placeId()), field + ".placeId",
                    "must be a place of the compound");
            v.check(e.date() != null && r.from() != null && r.to() != null && !e.date().isBefore(r.from())
                    && !e.date().isAfter(r.to()), field + ".date", "must lie within the period");
            v.check(e.hours() != null && e.hours().signum() > 0, field + ".hours", "must be more than 0");
            v.check(e.hours() == null || e.hours().compareTo(MAX_SHIFT_HOURS) <= 0, field + ".hours",
                    "must not exceed the working-time limit of " + MAX_SHIFT_HOURS + " hours");
        }
        v.throwIfInvalid();

        List<Officer> officers = officers(user, compoundId);
        if (officers.isEmpty()) {
            throw new ConflictException("The compound has no officers yet; add officers before planning.");
        }
        PlanningProblem problem = new PlanningProblem(
                compound.members().stream().map(m -> new PlanningProblem.Member(m.ags(),
                        m.contractedHoursPerMonth().doubleValue())).toList(),
                officers.stream().map(o -> new PlanningProblem.Officer(o.id(), o.homeAgs(),
                        o.weeklyHours().doubleValue())).toList(),
                allPlaces.stream().map(p -> new PlanningProblem.Place(p.id(), p.ags(), p.latitude(), p.longitude(),
                        p.priority(), p.lastPatrolledOn() == null ? Integer.MAX_VALUE
                        : (int) Math.max(0, ChronoUnit.DAYS.between(p.lastPatrolledOn(), planStart)), p.untouched()))
                        .toList(),
                r.from(), r.to(), shiftHours.doubleValue(), speed.doubleValue(), visitMinutes,
                fixedEvents.stream().map(e -> new PlanningProblem.Event(e.title(), e.placeId(), e.date(),
                        e.hours().doubleValue())).toList());
        List<Shift> planned;
        try {
            planned = new GreedyPlanner().plan(problem);
        } catch (PlanningException e) {
            throw new ConflictException(e.getMessage());
        }
        PlanEvaluation evaluation = PlanEvaluation.of(problem, planned);
        List<PlannedShift> shifts = new ArrayList<>();
        for (Shift s : planned) {
            shifts.add(new PlannedShift(CompoundStore.newId(), s.date(), s.officerId(), s.ags(),
                    BigDecimal.valueOf(s.hours()).setScale(2, RoundingMode.HALF_UP), s.event(), s.travelMinutes(),
                    s.stops().stream().map(stop -> new PlannedVisit(stop.placeId(), placeById.get(stop.placeId()).name(),
                            stop.arrivalMinute())).toList()));
        }
        PlanStore.PlanHead head = new PlanStore.PlanHead(CompoundStore.newId(), compoundId, r.from(), r.to(),
                Instant.now(clock), evaluation.untouchedPlaces(), evaluation.untouchedReached(),
                evaluation.placesVisited(), BigDecimal.valueOf(evaluation.maxDeviationPercentPoints())
                .setScale(2, RoundingMode.HALF_UP));
        Plan plan = toPlan(compound, head, shifts);
        database.inTransaction(c -> {
            plans.insert(c, head, shifts);
            audit.record(c, user, new AuditEvent(MODULE_ID, "Plan", head.id(), "CREATE", compound.leadAgs()), null,
                    Map.of("from", r.from().toString(), "to", r.to().toString(), "shifts", shifts.size(),
                            "metrics", plan.metrics()));
            return null;
        });
        events.postEvent(Topics.event(MODULE_ID, "Plan", "CREATED", compound.leadAgs(), head.id(), user));
        return plan;
    }

    private static Plan toPlan(Compound compound, PlanStore.PlanHead head, List<PlannedShift> shifts) {
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
                        head.maxDeviation(), shares), shifts);
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? BigDecimal.ZERO
                : part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP);
    }

    @Override
    public Plan plan(CurrentUser user, String compoundId, String planId) {
        return database.inTransaction(c -> {
            Compound compound = visible(c, user, compoundId, false);
            PlanStore.PlanHead head = plans.find(c, compoundId, planId)
                    .orElseThrow(() -> new NotFoundException("There is no plan " + planId + " in this compound."));
            return toPlan(compound, head, plans.shifts(c, planId));
        });
    }

    // --- patrol log ----------------------------------------------------------------------------------

    @Override
    public PatrolLog addLog(CurrentUser user, String compoundId, LogRequest r) {
        Compound compound = visible(user, compoundId);
        Validator v = new Validator();
        if (r == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.check(r.ags() != null && compound.hasMember(r.ags()), "ags", "must be a member of the compound");
        v.throwIfInvalid();
        checkMemberWrite(user, compound, r.ags());

        v.required("start", r.start()).required("end", r.end());
        if (r.start() != null && r.end() != null) {
            v.check(r.end().isAfter(r.start()), "end", "must be after start");
            v.check(Duration.between(r.start(), r.end()).toMinutes() <= MAX_SHIFT_HOURS.intValue() * 60L, "end",
                    "the shift is longer than the working-time limit of " + MAX_SHIFT_HOURS + " hours");
            v.check(!r.start().toLocalDate().isAfter(LocalDate.now(clock)), "start", "must not be in the future");
        }
        v.required("km", r.km());
        v.check(r.km() == null || r.km().signum() >= 0, "km", "must not be negative");
        v.check(r.km() == null || (r.km().stripTrailingZeros().scale() <= 1 && r.km().compareTo(BigDecimal.valueOf(2000)) <= 0),
                "km", "must be at most 2000 with at most one decimal");
        v.check(r.warnings() == null || r.warnings() >= 0, "warnings", "must not be negative");
        v.maxLength("observations", r.observations(), 4000);
        v.notEmpty("officerIds", r.officerIds());
        List<String> officerIds = r.officerIds() == null ? List.of() : r.officerIds().stream().distinct().toList();
        List<String> placeIds = r.placeIds() == null ? List.of() : r.placeIds().stream().distinct().toList();
        List<OffenceCount> offences = r.offences() == null ? List.of() : r.offences();

        LocalDate threshold = untouchedBefore(compound, LocalDate.now(clock));
        PatrolLog log = database.inTransaction(c -> {
            for (int i = 0; i < officerIds.size(); i++) {
                String id = officerIds.get(i);
                v.check(id != null && resources.officer(c, compoundId, id).isPresent(), "officerIds[" + i + "]",
                        "is not an officer of the compound");
            }
            if (r.vehicleId() != null) {
                v.check(resources.resource(c, compoundId, r.vehicleId()).isPresent(), "vehicleId",
                        "is not a resource of the compound");
            }
            for (int i = 0; i < placeIds.size(); i++) {
                String id = placeIds.get(i);
                v.check(id != null && places.find(c, compoundId, id, threshold).isPresent(), "placeIds[" + i + "]",
                        "is not a place of the compound");
            }
            Set<String> known = new HashSet<>();
            logs.categories(c).forEach(cat -> known.add(cat.code()));
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < offences.size(); i++) {
                OffenceCount o = offences.get(i);
                String field = "offences[" + i + "]";
                v.check(o != null && known.contains(o.category()), field + ".category",
                        "must be one of " + new java.util.TreeSet<>(known));
                v.check(o == null || o.category() == null || seen.add(o.category()), field + ".category", "is listed twice");
                v.check(o != null && o.count() != null && o.count() >= 1, field + ".count", "must be 1 or more");
            }
            if (r.shiftId() != null) {
                v.check(plans.shiftExists(c, compoundId, r.shiftId()), "shiftId", "is not a planned shift of the compound");
            }
            v.throwIfInvalid();

            // Working time per officer and day: lock the officers, then check against their other logs.
            resources.lockOfficers(c, officerIds);
            LocalDate day = r.start().toLocalDate();
            for (String officer : officerIds) {
                long minutes = Duration.between(r.start(), r.end()).toMinutes();
                for (LogStore.Span span : logs.officerDay(c, officer, day)) {
                    if (span.start().isBefore(r.end()) && span.end().isAfter(r.start())) {
                        throw new ConflictException("Officer " + officer + " already has a log from " + span.start()
                                + " to " + span.end() + " that overlaps this one.");
                    }
                    minutes += Duration.between(span.start(), span.end()).toMinutes();
                }
                if (minutes > MAX_SHIFT_HOURS.intValue() * 60L) {
                    throw new ConflictException("Officer " + officer + " would work " + minutes / 60.0 + " hours on " + day
                            + ", more than the working-time limit of " + MAX_SHIFT_HOURS + " hours.");
                }
            }
            PatrolLog created = new PatrolLog(CompoundStore.newId(), compoundId, r.shiftId(), r.ags(), r.start(), r.end(),
                    officerIds, r.vehicleId(), r.km().setScale(1, RoundingMode.UNNECESSARY), placeIds,
                    blankToNull(r.observations()), offences, r.warnings() == null ? 0 : r.warnings());
            logs.insert(c, created);
            boolean sinceStart = !day.isBefore(compound.startDate());
            for (String place : placeIds) {
                places.markPatrolled(c, place, day, sinceStart);
            }
            audit.record(c, user, new AuditEvent(MODULE_ID, "PatrolLog", created.id(), "CREATE", r.ags()), null, created);
            return created;
        });
        events.postEvent(Topics.event(MODULE_ID, "PatrolLog", "CREATED", log.ags(), log.id(), user));
        return log;
    }

    @Override
    public Page<PatrolLog> logs(CurrentUser user, String compoundId, String municipality, LocalDate from, LocalDate to,
                                PageRequest page) {
        return database.inTransaction(c -> {
            visible(c, user, compoundId, false);
            return logs.page(c, compoundId, blankToNull(municipality), from, to, page);
        });
    }

    // --- coverage and statement ----------------------------------------------------------------------

    @Override
    public Coverage coverage(CurrentUser user, String compoundId, int days, LocalDate asOf) {
        new Validator().check(days >= 1 && days <= 3650, "days", "must be between 1 and 3650").throwIfInvalid();
        LocalDate day = asOf == null ? LocalDate.now(clock) : asOf;
        return database.inTransaction(c -> {
            Compound compound = visible(c, user, compoundId, false);
            List<MunicipalityCoverage> lines = new ArrayList<>();
            int formerly = 0;
            int reached = 0;
            for (CompoundMember m : compound.members()) {
                long[] row = places.coverage(c, compoundId, m.ags(), day.minusDays(days - 1L), day).get(0);
                lines.add(new MunicipalityCoverage(m.ags(), m.name(), (int) row[0], (int) row[1],
                        percent(BigDecimal.valueOf(row[1]), BigDecimal.valueOf(row[0]))));
                formerly += (int) row[2];
                reached += (int) row[3];
            }
            return new Coverage(compoundId, day, days, lines, formerly, reached);
        });
    }

    @Override
    public CostStatement statement(CurrentUser user, String compoundId, YearMonth month) {
        new Validator().required("month", month).throwIfInvalid();
        return database.inTransaction(c -> {
            Compound compound = visible(c, user, compoundId, false);
            LocalDate first = month.atDay(1);
            LocalDate last = month.atEndOfMonth();
            if (last.isBefore(compound.startDate())) {
                throw new ValidationException("month", "is before the compound's start on " + compound.startDate());
            }
            CostKey key = compounds.keyInForce(c, compoundId, first);
            Map<String, BigDecimal> delivered = new LinkedHashMap<>();
            Map<String, BigDecimal[]> usage = new HashMap<>();
            for (PatrolLog log : logs.inPeriod(c, compoundId, first, last)) {
                BigDecimal hours = BigDecimal.valueOf(Duration.between(log.start(), log.end()).toMinutes())
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                delivered.merge(log.ags(), hours, BigDecimal::add);
                if (log.vehicleId() != null) {
                    BigDecimal[] u = usage.computeIfAbsent(log.vehicleId(),
                            k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    u[0] = u[0].add(log.km());
                    u[1] = u[1].add(hours);
                }
            }
            List<StatementCalculator.MemberInput> members = new ArrayList<>();
            for (CompoundMember m : compound.members()) {
                long population = municipalities.find(m.ags()).map(Municipality::population).orElse(0L);
                members.add(new StatementCalculator.MemberInput(m.ags(), m.name(), population,
                        m.contractedHoursPerMonth(), delivered.getOrDefault(m.ags(), BigDecimal.ZERO)));
            }
            List<StatementCalculator.ResourceUsage> usages = new ArrayList<>();
            for (SharedResource resource : resources.resources(c, compoundId)) {
                BigDecimal[] u = usage.getOrDefault(resource.id(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                usages.add(new StatementCalculator.ResourceUsage(resource, u[0], u[1]));
            }
            return StatementCalculator.compute(compoundId, compound.name(), month.toString(), key, members, usages);
        });
    }

    // --- offence categories --------------------------------------------------------------------------

    @Override
    public List<OffenceCategory> offenceCategories() {
        return database.inTransaction(logs::categories);
    }

    @Override
    public OffenceCategory addOffenceCategory(CurrentUser user, OffenceCategory category) {
        user.requireLprAdmin();
        Validator v = new Validator();
        if (category == null) {
            v.required("body", null).throwIfInvalid();
        }
        v.check(category.code() != null && category.code().matches("[A-Z][A-Z0-9_]{1,49}"), "code",
                "must be 2 to 50 upper-case letters, digits or '_'");
        v.text("label", category.label(), 200).throwIfInvalid();
        database.inTransaction(c -> {
            if (logs.categories(c).stream().anyMatch(existing -> existing.code().equals(category.code()))) {
                throw new ConflictException("The offence category " + category.code() + " exists already.");
            }
            logs.insertCategory(c, category);
            audit.record(c, user, new AuditEvent(MODULE_ID, "OffenceCategory", category.code(), "CREATE", null), null,
                    category);
            return null;
        });
        return category;
    }

    // --- helpers -------------------------------------------------------------------------------------

    private interface Write {
        void run(Connection c) throws SQLException;
    }

    /** One transaction: the SQL and its audit entry; the event after the commit. */
    private <T> T write(CurrentUser user, Compound compound, String entity, String id, String action, Object before,
                        T after, Write sql) {
        database.inTransaction(c -> {
            sql.run(c);
            audit.record(c, user, new AuditEvent(MODULE_ID, entity, id, action, compound.leadAgs()), before, after);
            return null;
        });
        events.postEvent(Topics.event(MODULE_ID, entity, action.equals("CREATE") ? "CREATED" : "UPDATED",
                compound.leadAgs(), id, user));
        return after;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
