package org.asskomm.councils.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
import org.asskomm.councils.api.StatusChange;
import org.asskomm.councils.api.StatusHistoryEntry;
import org.asskomm.councils.api.Task;
import org.asskomm.councils.api.TaskRequest;
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
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Where;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

/**
 * The councils module's service: councils, their lifecycle and office, the yearly report and statistics here;
 * members and working groups in {@link Membership}, meetings and tasks in {@link MeetingRecords}; who may
 * read and write in {@link CouncilAccess}.
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
    private final CouncilAccess access;
    private final Membership membership;
    private final MeetingRecords records;

    @Activate
    public CouncilManager(@Reference Database database,
                          @Reference(target = "(asskomm.module=councils)") ModuleSchema schema,
                          @Reference MunicipalityDirectory municipalities, @Reference ModuleEnablement enablement,
                          @Reference AuditLog audit, @Reference EventAdmin events) {
        this(database, schema, municipalities, enablement, audit, events, Clock.systemDefaultZone());
    }

    CouncilManager(Database database, ModuleSchema schema, MunicipalityDirectory municipalities,
                   ModuleEnablement enablement, AuditLog audit, EventAdmin events, Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.enablement = enablement;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.councils = new CouncilStore();
        this.access = new CouncilAccess(database, councils, enablement);
        this.membership = new Membership(database, audit, access, clock);
        this.records = new MeetingRecords(database, audit, access, clock);
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
        return access.get(user, councilId);
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
        CouncilAccess.onlyVisible(user, where, "");
        return database.inTransaction(c -> councils.list(c, where, page));
    }

    @Override
    public Council update(CurrentUser user, String councilId, CouncilUpdate update) {
        access.checkWrite(user, councilId);
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
            Council before = access.writable(c, user, councilId);
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
        access.checkWrite(user, councilId);
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
            Council before = access.writable(c, user, councilId);
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
            access.read(c, user, councilId);
            return councils.history(c, councilId);
        });
    }

    // ------------------------------------------------------------------ coordination office

    @Override
    public CoordinationOffice office(CurrentUser user, String councilId) {
        return database.inTransaction(c -> {
            access.read(c, user, councilId);
            return councils.office(c, councilId).orElseThrow();
        });
    }

    @Override
    public CoordinationOffice updateOffice(CurrentUser user, String councilId, OfficeUpdate update) {
        access.checkWrite(user, councilId);
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
            Council council = access.writable(c, user, councilId);
            CoordinationOffice before = councils.office(c, councilId).orElseThrow();
            CoordinationOffice after = new CoordinationOffice(councilId, update.plannedOn(), before.setUpOn(),
                    update.hoursPerWeek(), staff, update.version() + 1);
            councils.updateOffice(c, after, update.version());
            audit.record(c, user, new AuditEvent(MODULE_ID, "CoordinationOffice", councilId, "UPDATE",
                    council.municipality()), before, after);
            return after;
        });
    }

    // ------------------------------------------------------------------ members and working groups

    @Override
    public Member addMember(CurrentUser user, String councilId, MemberRequest request) {
        return membership.addMember(user, councilId, request);
    }

    @Override
    public Member updateMember(CurrentUser user, String councilId, String memberId, MemberRequest request) {
        return membership.updateMember(user, councilId, memberId, request);
    }

    @Override
    public List<Member> members(CurrentUser user, String councilId, LocalDate at) {
        return membership.members(user, councilId, at);
    }

    @Override
    public Composition composition(CurrentUser user, String councilId, LocalDate at) {
        return membership.composition(user, councilId, at);
    }

    @Override
    public List<ActionField> actionFields() {
        return membership.actionFields();
    }

    @Override
    public ActionField addActionField(CurrentUser user, ActionField field) {
        return membership.addActionField(user, field);
    }

    @Override
    public WorkingGroup addWorkingGroup(CurrentUser user, String councilId, WorkingGroupRequest request) {
        return membership.addWorkingGroup(user, councilId, request);
    }

    @Override
    public WorkingGroup updateWorkingGroup(CurrentUser user, String councilId, String groupId,
                                           WorkingGroupRequest request) {
        return membership.updateWorkingGroup(user, councilId, groupId, request);
    }

    @Override
    public List<WorkingGroup> workingGroups(CurrentUser user, String councilId) {
        return membership.workingGroups(user, councilId);
    }

    // ------------------------------------------------------------------ meetings, decisions, tasks

    @Override
    public Meeting addMeeting(CurrentUser user, String councilId, MeetingRequest request) {
        return records.addMeeting(user, councilId, request);
    }

    @Override
    public Meeting updateMeeting(CurrentUser user, String councilId, String meetingId, MeetingRequest request) {
        return records.updateMeeting(user, councilId, meetingId, request);
    }

    @Override
    public Meeting meeting(CurrentUser user, String councilId, String meetingId) {
        return records.meeting(user, councilId, meetingId);
    }

    @Override
    public Page<Meeting> meetings(CurrentUser user, String councilId, Integer year, PageRequest page) {
        return records.meetings(user, councilId, year, page);
    }

    @Override
    public Decision addDecision(CurrentUser user, String councilId, String meetingId, DecisionRequest request) {
        return records.addDecision(user, councilId, meetingId, request);
    }

    @Override
    public Task addTask(CurrentUser user, String councilId, TaskRequest request) {
        return records.addTask(user, councilId, request);
    }

    @Override
    public Task updateTask(CurrentUser user, String councilId, String taskId, TaskRequest request) {
        return records.updateTask(user, councilId, taskId, request);
    }

    @Override
    public Page<Task> tasks(CurrentUser user, String councilId, boolean openOnly, PageRequest page) {
        return records.tasks(user, councilId, openOnly, page);
    }

    @Override
    public Page<Task> overdueTasks(CurrentUser user, String municipality, LocalDate today, PageRequest page) {
        return records.overdueTasks(user, municipality, today, page);
    }

    @Override
    public String minutesHtml(CurrentUser user, String councilId, String meetingId) {
        return records.minutesHtml(user, councilId, meetingId);
    }

    // ------------------------------------------------------------------ yearly report and statistics

    @Override
    public String yearlyReportHtml(CurrentUser user, String councilId, int year) {
        if (year < 1990 || year > today().getYear()) {
            throw new ValidationException("year", "must be between 1990 and this year");
        }
        return database.inTransaction(c -> {
            Council council = access.read(c, user, councilId);
            LocalDate end = LocalDate.of(year, 12, 31);
            LocalDate asOf = end.isAfter(today()) ? today() : end;
            List<Member> all = members.list(c, councilId, null);
            List<Meeting> ofYear = meetings.list(c, councilId, year, new PageRequest(0, PageRequest.MAX_LIMIT)).items();
            List<Task> tasksOfYear = meetings.tasks(c, new Where().eq("t.council_id", councilId)
                    .condition("EXTRACT(YEAR FROM t.due_on) = ?", year), new PageRequest(0, PageRequest.MAX_LIMIT), today())
                    .items();
            return Documents.yearlyReport(council, year, councils.history(c, councilId),
                    councils.office(c, councilId).orElseThrow(), Membership.compose(councilId, asOf, all), all,
                    groups.list(c, councilId), ofYear, tasksOfYear, groups.actionFields(c));
        });
    }

    @Override
    public CouncilStatistics statistics() {
        return database.inTransaction(c -> councils.statistics(c, today()));
    }
}
