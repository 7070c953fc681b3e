package org.asskomm.councils.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asskomm.councils.api.ActionField;
import org.asskomm.councils.api.Composition;
import org.asskomm.councils.api.CoordinationOffice;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilRequest;
import org.asskomm.councils.api.CouncilScope;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.councils.api.CouncilStatistics;
import org.asskomm.councils.api.CouncilStatus;
import org.asskomm.councils.api.CouncilUpdate;
import org.asskomm.councils.api.Decision;
import org.asskomm.councils.api.DecisionRequest;
import org.asskomm.councils.api.Meeting;
import org.asskomm.councils.api.MeetingRequest;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.MemberRequest;
import org.asskomm.councils.api.OfficeStaff;
import org.asskomm.councils.api.OfficeUpdate;
import org.asskomm.councils.api.RulesOfProcedure;
import org.asskomm.councils.api.Sector;
import org.asskomm.councils.api.StatusChange;
import org.asskomm.councils.api.StatusHistoryEntry;
import org.asskomm.councils.api.Task;
import org.asskomm.councils.api.TaskRequest;
import org.asskomm.councils.api.Vote;
import org.asskomm.councils.api.WorkingGroup;
import org.asskomm.councils.api.WorkingGroupRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.Municipality;
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
import org.asskomm.platform.api.persistence.SchemaMigrations;
import org.asskomm.platform.api.persistence.Where;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

/**
 * The rules of the councils module. Reads: LPR admins, viewers and police (who sit on every council) see
 * all councils; municipal staff see the councils of their municipalities (as lead or partner). Writes:
 * the lead municipality's staff or LPR admins, with the module enabled for the lead municipality.
 */
@Component(service = CouncilService.class)
public class CouncilManager implements CouncilService {

    static final String COUNCIL = "Council";

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final ModuleEnablement enablement;
    private final AuditLog audit;
    private final EventAdmin events;
    private final Clock clock;
    private final CouncilStore councils;
    private final MemberStore members = new MemberStore();
    private final WorkingGroupStore groups = new WorkingGroupStore();
    private final MeetingStore meetings = new MeetingStore();

    @Activate
    public CouncilManager(@Reference Database database, @Reference SchemaMigrations migrations,
                          @Reference MunicipalityDirectory municipalities, @Reference ModuleEnablement enablement,
                          @Reference AuditLog audit, @Reference EventAdmin events) {
        this(database, migrations, municipalities, enablement, audit, events, Clock.systemDefaultZone());
    }

    CouncilManager(Database database, SchemaMigrations migrations, MunicipalityDirectory municipalities,
                   ModuleEnablement enablement, AuditLog audit, EventAdmin events, Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.enablement = enablement;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.councils = new CouncilStore(migrations);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ councils and lifecycle

    @Override
    public Council create(CurrentUser user, CouncilRequest request) {
        user.requireAuthenticated();
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        Municipality lead = municipalities.require("municipality", request.municipality());
        enablement.checkWrite(user, MODULE_ID, lead.ags());
        CouncilScope scope = request.scope() == null ? CouncilScope.MUNICIPALITY : request.scope();
        List<String> partners = request.partnerMunicipalities() == null ? List.of() : request.partnerMunicipalities();
        LocalDate plannedOn = request.plannedOn() == null ? today() : request.plannedOn();
        Validator v = new Validator()
                .maxLength("name", request.name(), 300)
                .check(!plannedOn.isAfter(today().plusYears(5)), "plannedOn", "must be within the next five years")
                .check(partners.isEmpty() || scope == CouncilScope.INTER_MUNICIPAL, "partnerMunicipalities",
                        "only an INTER_MUNICIPAL council has partner municipalities")
                .check(scope != CouncilScope.INTER_MUNICIPAL || !partners.isEmpty(), "partnerMunicipalities",
                        "an INTER_MUNICIPAL council needs at least one partner municipality");
        Set<String> seen = new HashSet<>(Set.of(lead.ags()));
        for (int i = 0; i < partners.size(); i++) {
            String field = "partnerMunicipalities[" + i + "]";
            String ags = partners.get(i);
            boolean known = Municipality.isWellFormedKey(ags) && municipalities.find(ags).isPresent();
            v.check(known, field, "is not a known municipality key");
            v.check(!known || seen.add(ags), field, "is named twice or is the lead municipality");
        }
        v.throwIfInvalid();
        String name = request.name() == null || request.name().isBlank()
                ? defaultName(scope, lead) : request.name().trim();
        Council council = database.inTransaction(c -> {
            if (scope != CouncilScope.DISTRICT) {
                for (String ags : concat(lead.ags(), partners)) {
                    if (councils.localCouncilOf(c, ags).isPresent()) {
                        throw new ConflictException("Municipality " + ags + " already belongs to a council.");
                    }
                }
            }
            return insertPlanned(c, user, lead, name, scope, partners, plannedOn, null);
        });
        events.postEvent(Topics.event(MODULE_ID, COUNCIL, "CREATED", council.municipality(), council.id(), user));
        return council;
    }

    @Override
    public Council openPlannedIfAbsent(CurrentUser user, String ags, LocalDate plannedOn, String note) {
        Municipality municipality = municipalities.require("municipality", ags);
        // No enablement check: a signed agreement is a fact the LPR wants to see, even before the
        // municipality enables the module; its staff enable it to work on the record.
        user.requireActFor(ags);
        LocalDate day = plannedOn == null ? today() : plannedOn;
        Council council;
        try {
            council = database.inTransaction(c -> councils.localCouncilOf(c, ags).isPresent() ? null
                    : insertPlanned(c, user, municipality, defaultName(CouncilScope.MUNICIPALITY, municipality),
                    CouncilScope.MUNICIPALITY, List.of(), day, note));
        } catch (ConflictException raced) {
            // another node or thread opened it at the same moment: the key of councils_local_claim refused ours
            return null;
        }
        if (council != null) {
            events.postEvent(Topics.event(MODULE_ID, COUNCIL, "CREATED", ags, council.id(), user));
        }
        return council;
    }

    private Council insertPlanned(Connection c, CurrentUser user, Municipality lead, String name,
                                  CouncilScope scope, List<String> partners, LocalDate plannedOn, String note)
            throws SQLException {
        Council council = new Council(Ids.next(), lead.ags(), lead.district(), name, scope, partners,
                CouncilStatus.PLANNED, plannedOn, new RulesOfProcedure(null, null, null, null, null, null),
                Instant.now(clock), 1);
        councils.insert(c, council);
        councils.insertOffice(c, new CoordinationOffice(council.id(), plannedOn, null, null, List.of(), 1));
        councils.addHistory(c, council.id(), new StatusHistoryEntry(CouncilStatus.PLANNED, plannedOn,
                Instant.now(clock), user.name(), note));
        audit.record(c, user, new AuditEvent(MODULE_ID, COUNCIL, council.id(), "CREATE", lead.ags()), null, council);
        return council;
    }

    private static String defaultName(CouncilScope scope, Municipality lead) {
        String place = lead.name().split(",")[0].trim();
        return scope == CouncilScope.DISTRICT ? "Kreispräventionsrat " + lead.district()
                : "Kommunaler Präventionsrat " + place;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    @Override
    public Council get(CurrentUser user, String councilId) {
        return database.inTransaction(c -> readable(user, councils.find(c, councilId).orElse(null), councilId));
    }

    /** The council when the user may read it; 404 otherwise, so that others' ids reveal nothing. */
    private Council readable(CurrentUser user, Council council, String councilId) {
        user.requireAuthenticated();
        if (council == null || !mayRead(user, council)) {
            throw new NotFoundException("No council " + councilId + ".");
        }
        return council;
    }

    private static boolean mayRead(CurrentUser user, Council council) {
        return user.seesAll() || user.isPolice() || user.mayRead(council.municipality())
                || council.partnerMunicipalities().stream().anyMatch(user::mayRead);
    }

    /** Loads and locks the council, then applies the write guard for its lead municipality. */
    private Council writable(Connection c, CurrentUser user, String councilId) throws SQLException {
        Council council = readable(user, councils.findForUpdate(c, councilId).orElse(null), councilId);
        enablement.checkWrite(user, MODULE_ID, council.municipality());
        return council;
    }

    /** Guard before validation: 404 for unknown or unreadable councils, 403 without the right to write. */
    private Council checkWrite(CurrentUser user, String councilId) {
        Council council = get(user, councilId);
        enablement.checkWrite(user, MODULE_ID, council.municipality());
        return council;
    }

    /** A change based on an older version is refused before any rule is checked against the newer state. */
    private static void requireCurrent(Council council, int expectedVersion) {
        if (council.version() != expectedVersion) {
            throw new ConflictException("Council " + council.id() + " was changed by someone else (stale version "
                    + expectedVersion + ", current " + council.version() + "); reload it and apply your change again.");
        }
    }

    @Override
    public Page<Council> list(CurrentUser user, String municipality, CouncilStatus status, String district,
                              PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("status", status).eq("district", district);
        if (municipality != null && !municipality.isBlank()) {
            where.condition("(ags = ? OR id IN (SELECT council_id FROM councils_council_partner WHERE ags = ?))",
                    municipality, municipality);
        }
        onlyVisible(user, where, "");
        return database.inTransaction(c -> councils.list(c, where, page));
    }

    /** Limits a query on councils (columns prefixed by {@code alias}) to those the user may read. */
    private static void onlyVisible(CurrentUser user, Where where, String alias) {
        if (user.seesAll() || user.isPolice()) {
            return;
        }
        List<String> own = List.copyOf(user.municipalities());
        if (own.isEmpty()) {
            where.condition("1 = 0");
            return;
        }
        String marks = String.join(", ", Collections.nCopies(own.size(), "?"));
        List<Object> params = new ArrayList<>(own);
        params.addAll(own);
        where.condition("(" + alias + "ags IN (" + marks + ") OR " + alias + "id IN (SELECT council_id "
                + "FROM councils_council_partner WHERE ags IN (" + marks + ")))", params.toArray());
    }

    @Override
    public Council update(CurrentUser user, String councilId, CouncilUpdate update) {
        checkWrite(user, councilId);
        if (update == null) {
            throw new ValidationException("body", "is required");
        }
        RulesOfProcedure rules = update.rules() == null ? new RulesOfProcedure(null, null, null, null, null, null)
                : update.rules();
        new Validator()
                .text("name", update.name(), 300)
                .required("version", update.version())
                .maxLength("rules.chair", rules.chair(), 200)
                .maxLength("rules.deputyChair", rules.deputyChair(), 200)
                .maxLength("rules.meetingFrequency", rules.meetingFrequency(), 200)
                .maxLength("rules.decisionRules", rules.decisionRules(), 2000)
                .maxLength("rules.minutesFormat", rules.minutesFormat(), 2000)
                .check(rules.adoptedOn() == null, "rules.adoptedOn",
                        "is set by constituting the council (status CONSTITUTED), not by an update")
                .throwIfInvalid();
        return database.inTransaction(c -> {
            Council before = writable(c, user, councilId);
            requireCurrent(before, update.version());
            boolean founded = before.status() != CouncilStatus.PLANNED && before.status() != CouncilStatus.COORDINATION_OFFICE;
            if (founded && (rules.chair() == null || rules.chair().isBlank())) {
                throw new ValidationException("rules.chair", "is required: a council constituted by its rules of "
                        + "procedure keeps a chair");
            }
            RulesOfProcedure kept = new RulesOfProcedure(rules.chair(), rules.deputyChair(), rules.meetingFrequency(),
                    rules.decisionRules(), rules.minutesFormat(), before.rules().adoptedOn());
            Council after = new Council(before.id(), before.municipality(), before.district(), update.name().trim(),
                    before.scope(), before.partnerMunicipalities(), before.status(), before.statusSince(), kept,
                    before.createdAt(), update.version() + 1);
            councils.update(c, after, update.version());
            audit.record(c, user, new AuditEvent(MODULE_ID, COUNCIL, councilId, "UPDATE", before.municipality()),
                    before, after);
            return after;
        });
    }

    @Override
    public Council changeStatus(CurrentUser user, String councilId, StatusChange change) {
        checkWrite(user, councilId);
        if (change == null) {
            throw new ValidationException("body", "is required");
        }
        new Validator()
                .required("status", change.status())
                .required("on", change.on())
                .check(change.on() == null || !change.on().isAfter(today()), "on", "must not be in the future")
                .maxLength("note", change.note(), 1000)
                .required("version", change.version())
                .throwIfInvalid();
        Council changed = database.inTransaction(c -> {
            Council before = writable(c, user, councilId);
            requireCurrent(before, change.version());
            Lifecycle.checkTransition(before, change.status(), change.on());
            RulesOfProcedure rules = before.rules();
            if (change.status() == CouncilStatus.CONSTITUTED) {
                rules = new RulesOfProcedure(rules.chair(), rules.deputyChair(), rules.meetingFrequency(),
                        rules.decisionRules(), rules.minutesFormat(), change.on());
            }
            if (change.status() == CouncilStatus.COORDINATION_OFFICE) {
                CoordinationOffice office = councils.office(c, councilId).orElseThrow();
                if (office.setUpOn() == null) {
                    councils.updateOffice(c, new CoordinationOffice(councilId, office.plannedOn(), change.on(),
                            office.hoursPerWeek(), office.staff(), office.version() + 1), office.version());
                }
            }
            Council after = new Council(before.id(), before.municipality(), before.district(), before.name(),
                    before.scope(), before.partnerMunicipalities(), change.status(), change.on(), rules,
                    before.createdAt(), before.version() + 1);
            councils.update(c, after, before.version());
            councils.addHistory(c, councilId, new StatusHistoryEntry(change.status(), change.on(), Instant.now(clock),
                    user.name(), change.note()));
            audit.record(c, user, new AuditEvent(MODULE_ID, COUNCIL, councilId, change.status().name(),
                    before.municipality()), before, after);
            return after;
        });
        events.postEvent(Topics.event(MODULE_ID, COUNCIL, changed.status().name(), changed.municipality(),
                changed.id(), user));
        return changed;
    }

    @Override
    public List<StatusHistoryEntry> history(CurrentUser user, String councilId) {
        return database.inTransaction(c -> {
            readable(user, councils.find(c, councilId).orElse(null), councilId);
            return councils.history(c, councilId);
        });
    }

    // ------------------------------------------------------------------ coordination office

    @Override
    public CoordinationOffice office(CurrentUser user, String councilId) {
        return database.inTransaction(c -> {
            readable(user, councils.find(c, councilId).orElse(null), councilId);
            return councils.office(c, councilId).orElseThrow();
        });
    }

    @Override
    public CoordinationOffice updateOffice(CurrentUser user, String councilId, OfficeUpdate update) {
        checkWrite(user, councilId);
        if (update == null) {
            throw new ValidationException("body", "is required");
        }
        List<OfficeStaff> staff = update.staff() == null ? List.of() : update.staff();
        Validator v = new Validator()
                .required("version", update.version())
                .money("hoursPerWeek", update.hoursPerWeek())
                .check(update.hoursPerWeek() == null || update.hoursPerWeek().compareTo(BigDecimal.valueOf(80)) <= 0,
                        "hoursPerWeek", "must be at most 80");
        for (int i = 0; i < staff.size(); i++) {
            OfficeStaff s = staff.get(i);
            String prefix = "staff[" + i + "]";
            if (s == null) {
                v.check(false, prefix, "must not be null");
                continue;
            }
            v.text(prefix + ".name", s.name(), 200).maxLength(prefix + ".function", s.function(), 200)
                    .maxLength(prefix + ".contact", s.contact(), 300);
        }
        v.throwIfInvalid();
        return database.inTransaction(c -> {
            Council council = writable(c, user, councilId);
            CoordinationOffice before = councils.office(c, councilId).orElseThrow();
            CoordinationOffice after = new CoordinationOffice(councilId, update.plannedOn(), before.setUpOn(),
                    update.hoursPerWeek(), staff, update.version() + 1);
            councils.updateOffice(c, after, update.version());
            audit.record(c, user, new AuditEvent(MODULE_ID, "CoordinationOffice", councilId, "UPDATE",
                    council.municipality()), before, after);
            return after;
        });
    }

    // ------------------------------------------------------------------ members

    @Override
    public Member addMember(CurrentUser user, String councilId, MemberRequest request) {
        checkWrite(user, councilId);
        validateMember(request, false);
        return database.inTransaction(c -> {
            Council council = writable(c, user, councilId);
            Member member = toMember(Ids.next(), councilId, request, 1);
            members.insert(c, member);
            audit.record(c, user, new AuditEvent(MODULE_ID, "Member", member.id(), "CREATE", council.municipality()),
                    null, member);
            return member;
        });
    }

    @Override
    public Member updateMember(CurrentUser user, String councilId, String memberId, MemberRequest request) {
        checkWrite(user, councilId);
        validateMember(request, true);
        return database.inTransaction(c -> {
            Council council = writable(c, user, councilId);
            Member before = members.find(c, councilId, memberId)
                    .orElseThrow(() -> new NotFoundException("No member " + memberId + " in council " + councilId + "."));
            Member after = toMember(memberId, councilId, request, request.version() + 1);
            members.update(c, after, request.version());
            audit.record(c, user, new AuditEvent(MODULE_ID, "Member", memberId, "UPDATE", council.municipality()),
                    before, after);
            return after;
        });
    }

    private static void validateMember(MemberRequest r, boolean update) {
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        new Validator()
                .text("name", r.name(), 200)
                .maxLength("organisation", r.organisation(), 300)
                .maxLength("function", r.function(), 200)
                .required("sector", r.sector())
                .required("voting", r.voting())
                .required("memberSince", r.memberSince())
                .check(r.memberSince() == null || r.memberUntil() == null || !r.memberUntil().isBefore(r.memberSince()),
                        "memberUntil", "must not be before memberSince (a member cannot leave before joining)")
                .check(!update || r.version() != null, "version", "is required")
                .throwIfInvalid();
    }

    private static Member toMember(String id, String councilId, MemberRequest r, int version) {
        return new Member(id, councilId, r.name().trim(), r.organisation(), r.function(), r.sector(), r.voting(),
                Boolean.TRUE.equals(r.steeringGroup()), r.memberSince(), r.memberUntil(), version);
    }

    @Override
    public List<Member> members(CurrentUser user, String councilId, LocalDate at) {
        return database.inTransaction(c -> {
            readable(user, councils.find(c, councilId).orElse(null), councilId);
            return members.list(c, councilId, at);
        });
    }

    @Override
    public Composition composition(CurrentUser user, String councilId, LocalDate at) {
        LocalDate day = at == null ? today() : at;
        return compose(councilId, day, members(user, councilId, day));
    }

    /** Counts the members sitting on the given day by sector; every sector appears, zeros included. */
    static Composition compose(String councilId, LocalDate day, List<Member> all) {
        Map<Sector, long[]> counts = new EnumMap<>(Sector.class);
        for (Sector s : Sector.values()) {
            counts.put(s, new long[2]);
        }
        long voting = 0;
        long advisory = 0;
        for (Member m : all) {
            if (!m.isMemberOn(day)) {
                continue;
            }
            counts.get(m.sector())[m.voting() ? 0 : 1]++;
            if (m.voting()) {
                voting++;
            } else {
                advisory++;
            }
        }
        List<Composition.SectorCount> sectors = counts.entrySet().stream()
                .map(e -> new Composition.SectorCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Composition(councilId, day, sectors, voting, advisory);
    }

    // ------------------------------------------------------------------ action fields and working groups

    @Override
    public List<ActionField> actionFields() {
        return database.inTransaction(groups::actionFields);
    }

    @Override
    public ActionField addActionField(CurrentUser user, ActionField field) {
        user.requireLprAdmin();
        if (field == null) {
            throw new ValidationException("body", "is required");
        }
        new Validator()
                .check(field.code() != null && field.code().matches("[A-Z][A-Z0-9_]{1,59}"), "code",
                        "must be 2 to 60 upper-case letters, digits or '_', starting with a letter")
                .text("title", field.title(), 200)
                .throwIfInvalid();
        ActionField clean = new ActionField(field.code(), field.title().trim());
        return database.inTransaction(c -> {
            if (groups.actionFieldExists(c, clean.code())) {
                throw new ConflictException("The action field " + clean.code() + " exists already.");
            }
            groups.insertActionField(c, clean);
            audit.record(c, user, new AuditEvent(MODULE_ID, "ActionField", clean.code(), "CREATE", null), null, clean);
            return clean;
        });
    }

    @Override
    public WorkingGroup addWorkingGroup(CurrentUser user, String councilId, WorkingGroupRequest request) {
        checkWrite(user, councilId);
        validateGroup(request, false);
        return database.inTransaction(c -> {
            Council council = writable(c, user, councilId);
            checkGroupReferences(c, councilId, request);
            WorkingGroup group = toGroup(Ids.next(), councilId, request, today(), 1);
            groups.insert(c, group);
            audit.record(c, user, new AuditEvent(MODULE_ID, "WorkingGroup", group.id(), "CREATE",
                    council.municipality()), null, group);
            return group;
        });
    }

    @Override
    public WorkingGroup updateWorkingGroup(CurrentUser user, String councilId, String groupId,
                                           WorkingGroupRequest request) {
        checkWrite(user, councilId);
        validateGroup(request, true);
        return database.inTransaction(c -> {
            Council council = writable(c, user, councilId);
            WorkingGroup before = groups.find(c, councilId, groupId)
                    .orElseThrow(() -> new NotFoundException("No working group " + groupId + " in council " + councilId + "."));
            checkGroupReferences(c, councilId, request);
            WorkingGroup after = toGroup(groupId, councilId, request, before.createdOn(), request.version() + 1);
            groups.update(c, after, request.version());
            audit.record(c, user, new AuditEvent(MODULE_ID, "WorkingGroup", groupId, "UPDATE", council.municipality()),
                    before, after);
            return after;
        });
    }

    private static void validateGroup(WorkingGroupRequest r, boolean update) {
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        Validator v = new Validator()
                .text("name", r.name(), 200)
                .maxLength("mandate", r.mandate(), 2000)
                .notEmpty("actionFields", r.actionFields())
                .maxLength("situationDescription", r.situationDescription(), 8000)
                .maxLength("recommendations", r.recommendations(), 8000)
                .maxLength("measurableGoals", r.measurableGoals(), 8000)
                .check(!update || r.version() != null, "version", "is required");
        noDuplicates(v, "actionFields", r.actionFields());
        noDuplicates(v, "memberIds", r.memberIds());
        v.throwIfInvalid();
    }

    private static void noDuplicates(Validator v, String field, List<String> values) {
        if (values == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            v.check(values.get(i) != null && seen.add(values.get(i)), field + "[" + i + "]", "is empty or named twice");
        }
    }

    /** Action fields must be in the list, members must belong to this council. */
    private void checkGroupReferences(Connection c, String councilId, WorkingGroupRequest r)
            throws SQLException {
        Validator v = new Validator();
        for (int i = 0; i < r.actionFields().size(); i++) {
            v.check(groups.actionFieldExists(c, r.actionFields().get(i)), "actionFields[" + i + "]",
                    "is not a known action field (see GET /councils/action-fields)");
        }
        List<String> ids = r.memberIds() == null ? List.of() : r.memberIds();
        for (int i = 0; i < ids.size(); i++) {
            v.check(members.find(c, councilId, ids.get(i)).isPresent(), "memberIds[" + i + "]",
                    "is not a member of this council");
        }
        v.throwIfInvalid();
    }

    private static WorkingGroup toGroup(String id, String councilId, WorkingGroupRequest r, LocalDate createdOn,
                                        int version) {
        return new WorkingGroup(id, councilId, r.name().trim(), r.mandate(), r.actionFields(),
                r.memberIds() == null ? List.of() : r.memberIds(), r.situationDescription(), r.recommendations(),
                r.measurableGoals(), createdOn, version);
    }

    @Override
    public List<WorkingGroup> workingGroups(CurrentUser user, String councilId) {
        return database.inTransaction(c -> {
            readable(user, councils.find(c, councilId).orElse(null), councilId);
            return groups.list(c, councilId);
        });
    }

    // ------------------------------------------------------------------ meetings, decisions, tasks

    @Override
    public Meeting addMeeting(CurrentUser user, String councilId, MeetingRequest request) {
        checkWrite(user, councilId);
        validateMeeting(request, false);
        return database.inTransaction(c -> {
            Council council = writable(c, user, councilId);
            checkAttendance(c, councilId, request);
            Meeting meeting = toMeeting(Ids.next(), councilId, request, 1);
            meetings.insert(c, meeting);
            audit.record(c, user, new AuditEvent(MODULE_ID, "Meeting", meeting.id(), "CREATE", council.municipality()),
                    null, meeting);
            return meeting;
        });
    }

    @Override
    public Meeting updateMeeting(CurrentUser user, String councilId, String meetingId, MeetingRequest request) {
        checkWrite(user, councilId);
        validateMeeting(request, true);
        return database.inTransaction(c -> {
            Council council = writable(c, user, councilId);
            Meeting before = meetings.findForUpdate(c, councilId, meetingId)
                    .orElseThrow(() -> new NotFoundException("No meeting " + meetingId + " in council " + councilId + "."));
            checkAttendance(c, councilId, request);
            // a vote needs its voter present: who voted may not be struck from the attendance
            Set<String> attending = new HashSet<>(request.attendeeIds() == null ? List.of() : request.attendeeIds());
            for (Decision d : before.decisions()) {
                for (Vote vote : d.votes()) {
                    if (!attending.contains(vote.memberId())) {
                        throw new ConflictException("Member " + vote.memberId() + " voted on a decision of this meeting "
                                + "and must stay in the attendance.");
                    }
                }
            }
            Meeting after = toMeeting(meetingId, councilId, request, request.version() + 1);
            meetings.update(c, after, request.version());
            Meeting stored = meetings.find(c, councilId, meetingId).orElseThrow();
            audit.record(c, user, new AuditEvent(MODULE_ID, "Meeting", meetingId, "UPDATE", council.municipality()),
                    before, stored);
            return stored;
        });
    }

    private static void validateMeeting(MeetingRequest r, boolean update) {
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        Validator v = new Validator()
                .required("heldOn", r.heldOn())
                .text("title", r.title(), 300)
                .maxLength("location", r.location(), 300)
                .check(!update || r.version() != null, "version", "is required");
        List<String> agenda = r.agenda() == null ? List.of() : r.agenda();
        for (int i = 0; i < agenda.size(); i++) {
            v.text("agenda[" + i + "]", agenda.get(i), 1000);
        }
        noDuplicates(v, "attendeeIds", r.attendeeIds());
        v.throwIfInvalid();
    }

    /** Only members of this council who are members on the meeting day attend. */
    private void checkAttendance(Connection c, String councilId, MeetingRequest r) throws SQLException {
        Validator v = new Validator();
        List<String> ids = r.attendeeIds() == null ? List.of() : r.attendeeIds();
        for (int i = 0; i < ids.size(); i++) {
            Member m = members.find(c, councilId, ids.get(i)).orElse(null);
            v.check(m != null, "attendeeIds[" + i + "]", "is not a member of this council");
            v.check(m == null || m.isMemberOn(r.heldOn()), "attendeeIds[" + i + "]",
                    "was not a member on " + r.heldOn());
        }
        v.throwIfInvalid();
    }

    private static Meeting toMeeting(String id, String councilId, MeetingRequest r, int version) {
        return new Meeting(id, councilId, r.heldOn(), r.title().trim(), r.location(),
                r.agenda() == null ? List.of() : r.agenda().stream().map(String::trim).toList(),
                r.attendeeIds() == null ? List.of() : r.attendeeIds(), List.of(), version);
    }

    @Override
    public Meeting meeting(CurrentUser user, String councilId, String meetingId) {
        return database.inTransaction(c -> {
            readable(user, councils.find(c, councilId).orElse(null), councilId);
            return meetings.find(c, councilId, meetingId)
                    .orElseThrow(() -> new NotFoundException("No meeting " + meetingId + " in council " + councilId + "."));
        });
    }

    @Override
    public Page<Meeting> meetings(CurrentUser user, String councilId, Integer year, PageRequest page) {
        return database.inTransaction(c -> {
            readable(user, councils.find(c, councilId).orElse(null), councilId);
            return meetings.list(c, councilId, year, page);
        });
    }

    @Override
    public Decision addDecision(CurrentUser user, String councilId, String meetingId, DecisionRequest request) {
        checkWrite(user, councilId);
        if (request == null) {
            throw new ValidationException("body", "is required");
        }
        List<Vote> votes = request.votes() == null ? List.of() : request.votes();
        Validator v = new Validator().text("text", request.text(), 4000);
        Set<String> voters = new HashSet<>();
        for (int i = 0; i < votes.size(); i++) {
            Vote vote = votes.get(i);
            String prefix = "votes[" + i + "]";
            v.check(vote != null && vote.memberId() != null, prefix + ".memberId", "is required");
            v.check(vote != null && vote.choice() != null, prefix + ".choice", "is required");
            v.check(vote == null || vote.memberId() == null || voters.add(vote.memberId()), prefix + ".memberId",
                    "votes twice");
        }
        v.throwIfInvalid();
        return database.inTransaction(c -> {
            Council council = writable(c, user, councilId);
            Meeting meeting = meetings.findForUpdate(c, councilId, meetingId)
                    .orElseThrow(() -> new NotFoundException("No meeting " + meetingId + " in council " + councilId + "."));
            Validator rules = new Validator();
            for (int i = 0; i < votes.size(); i++) {
                String memberId = votes.get(i).memberId();
                Member m = members.find(c, councilId, memberId).orElse(null);
                String field = "votes[" + i + "].memberId";
                rules.check(m != null, field, "is not a member of this council");
                rules.check(m == null || meeting.attendeeIds().contains(memberId), field, "did not attend the meeting");
                rules.check(m == null || m.voting(), field, "is an advisory guest without vote; the vote cannot count");
            }
            rules.throwIfInvalid();
            Decision decision = MeetingStore.decision(Ids.next(), meetingId, request.text().trim(), votes);
            meetings.insertDecision(c, decision);
            audit.record(c, user, new AuditEvent(MODULE_ID, "Decision", decision.id(), "CREATE",
                    council.municipality()), null, decision);
            return decision;
        });
    }

    @Override
    public Task addTask(CurrentUser user, String councilId, TaskRequest request) {
        checkWrite(user, councilId);
        validateTask(request, false);
        return database.inTransaction(c -> {
            Council council = writable(c, user, councilId);
            checkTaskMeeting(c, councilId, request);
            Task task = toTask(Ids.next(), councilId, request, 1);
            meetings.insertTask(c, task);
            audit.record(c, user, new AuditEvent(MODULE_ID, "Task", task.id(), "CREATE", council.municipality()),
                    null, task);
            return task;
        });
    }

    @Override
    public Task updateTask(CurrentUser user, String councilId, String taskId, TaskRequest request) {
        checkWrite(user, councilId);
        validateTask(request, true);
        return database.inTransaction(c -> {
            Council council = writable(c, user, councilId);
            Task before = meetings.findTask(c, councilId, taskId, today())
                    .orElseThrow(() -> new NotFoundException("No task " + taskId + " in council " + councilId + "."));
            checkTaskMeeting(c, councilId, request);
            Task after = toTask(taskId, councilId, request, request.version() + 1);
            meetings.updateTask(c, after, request.version());
            audit.record(c, user, new AuditEvent(MODULE_ID, "Task", taskId, "UPDATE", council.municipality()),
                    before, after);
            return after;
        });
    }

    private static void validateTask(TaskRequest r, boolean update) {
        if (r == null) {
            throw new ValidationException("body", "is required");
        }
        new Validator()
                .text("title", r.title(), 1000)
                .text("owner", r.owner(), 200)
                .required("dueOn", r.dueOn())
                .check(!update || r.version() != null, "version", "is required")
                .throwIfInvalid();
    }

    private void checkTaskMeeting(Connection c, String councilId, TaskRequest r) throws SQLException {
        if (r.meetingId() != null && meetings.find(c, councilId, r.meetingId()).isEmpty()) {
            throw new ValidationException("meetingId", "is not a meeting of this council");
        }
    }

    private Task toTask(String id, String councilId, TaskRequest r, int version) {
        boolean overdue = r.doneOn() == null && r.dueOn().isBefore(today());
        return new Task(id, councilId, r.meetingId(), r.title().trim(), r.owner().trim(), r.dueOn(), r.doneOn(),
                overdue, version);
    }

    @Override
    public Page<Task> tasks(CurrentUser user, String councilId, boolean openOnly, PageRequest page) {
        return database.inTransaction(c -> {
            readable(user, councils.find(c, councilId).orElse(null), councilId);
            Where where = new Where().eq("t.council_id", councilId);
            if (openOnly) {
                where.condition("t.done_on IS NULL");
            }
            return meetings.tasks(c, where, page, today());
        });
    }

    @Override
    public Page<Task> overdueTasks(CurrentUser user, String municipality, LocalDate today, PageRequest page) {
        user.requireAuthenticated();
        LocalDate day = today == null ? today() : today;
        Where where = new Where().condition("t.done_on IS NULL").condition("t.due_on < ?", day)
                .eq("k.ags", municipality);
        onlyVisible(user, where, "k.");
        return database.inTransaction(c -> meetings.tasks(c, where, page, day));
    }

    // ------------------------------------------------------------------ documents and statistics

    @Override
    public String minutesHtml(CurrentUser user, String councilId, String meetingId) {
        return database.inTransaction(c -> {
            Council council = readable(user, councils.find(c, councilId).orElse(null), councilId);
            Meeting meeting = meetings.find(c, councilId, meetingId)
                    .orElseThrow(() -> new NotFoundException("No meeting " + meetingId + " in council " + councilId + "."));
            return Documents.minutes(council, meeting, members.list(c, councilId, null),
                    meetings.tasksOfMeeting(c, meetingId, today()));
        });
    }

    @Override
    public String yearlyReportHtml(CurrentUser user, String councilId, int year) {
        if (year < 1990 || year > today().getYear()) {
            throw new ValidationException("year", "must be between 1990 and this year");
        }
        return database.inTransaction(c -> {
            Council council = readable(user, councils.find(c, councilId).orElse(null), councilId);
            LocalDate end = LocalDate.of(year, 12, 31);
            LocalDate asOf = end.isAfter(today()) ? today() : end;
            List<Member> all = members.list(c, councilId, null);
            List<Meeting> ofYear = meetings.list(c, councilId, year, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
            List<Task> tasksOfYear = meetings.tasks(c, new Where().eq("t.council_id", councilId)
                    .condition("EXTRACT(YEAR FROM t.due_on) = ?", year), new PageRequest(0, PageRequest.MAX_LIMIT), today())
                    .items();
            return Documents.yearlyReport(council, year, councils.history(c, councilId),
                    councils.office(c, councilId).orElseThrow(), compose(councilId, asOf, all), all,
                    groups.list(c, councilId), ofYear, tasksOfYear, groups.actionFields(c));
        });
    }

    @Override
    public CouncilStatistics statistics() {
        return database.inTransaction(c -> councils.statistics(c, today()));
    }
}
