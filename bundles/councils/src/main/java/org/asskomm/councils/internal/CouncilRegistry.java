package org.asskomm.councils.internal;

import static org.asskomm.councils.api.CouncilService.MODULE_ID;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.asskomm.councils.api.CoordinationOffice;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilEvents;
import org.asskomm.councils.api.CouncilRequest;
import org.asskomm.councils.api.CouncilScope;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.councils.api.CouncilStatus;
import org.asskomm.councils.api.CouncilUpdate;
import org.asskomm.councils.api.OfficeStaff;
import org.asskomm.councils.api.OfficeUpdate;
import org.asskomm.councils.api.RulesOfProcedure;
import org.asskomm.councils.api.StatusChange;
import org.asskomm.councils.api.StatusHistoryEntry;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Councils, their lifecycle (status and its history) and their coordination office. */
@Component(service = CouncilService.class)
public class CouncilRegistry implements CouncilService {

    static final String COUNCIL = "Council";
    /** Loaded under the row lock: status rules and the version are judged on the state the change applies to. */
    static final Entity<Council> COUNCIL_ENTITY = Entity.<Council>of(MODULE_ID, COUNCIL,
                    (c, id) -> new CouncilStore().findForUpdate(c, id.toString()), Council::municipality)
            .versioned(Council::version).readableWhen(CouncilAccess::mayRead);

    private final CouncilAccess access;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;
    private final CouncilStore councils = new CouncilStore();

    @Activate
    public CouncilRegistry(@Reference CouncilAccess access, @Reference MunicipalityDirectory municipalities,
                           @Reference Writes writes) {
        this.access = access;
        this.municipalities = municipalities;
        this.writes = writes;
    }

    /** The coordination office, one per council under the council's id. */
    private Entity<CoordinationOffice> office(Council council) {
        return CouncilAccess.partOf(council, "CoordinationOffice", (c, id) -> councils.office(c, id.toString()))
                .versioned(CoordinationOffice::version);
    }

    // ------------------------------------------------------------------ councils

    @Override
    public Council create(CurrentUser user, CouncilRequest request) {
        user.requireAuthenticated();
        if (request == null) {
            throw ValidationException.of("body", "validation.required");
        }
        Municipality lead = municipalities.require("municipality", request.municipality());
        CouncilScope scope = request.scope() == null ? CouncilScope.MUNICIPALITY : request.scope();
        List<String> partners = request.partnerMunicipalities() == null ? List.of() : request.partnerMunicipalities();
        LocalDate plannedOn = request.plannedOn() == null ? access.today() : request.plannedOn();
        Validator v = new Validator()
                .maxLength("name", request.name(), 300)
                .rule(!plannedOn.isAfter(access.today().plusYears(5)), "plannedOn", "councils.council.fiveYears")
                .rule(partners.isEmpty() || scope == CouncilScope.INTER_MUNICIPAL, "partnerMunicipalities",
                        "councils.council.partnersOnlyInterMunicipal")
                .rule(scope != CouncilScope.INTER_MUNICIPAL || !partners.isEmpty(), "partnerMunicipalities",
                        "councils.council.partnerNeeded");
        Set<String> seen = new HashSet<>(Set.of(lead.ags()));
        for (int i = 0; i < partners.size(); i++) {
            String field = "partnerMunicipalities[" + i + "]";
            String ags = partners.get(i);
            boolean known = Municipality.isWellFormedKey(ags) && municipalities.find(ags).isPresent();
            v.rule(known, field, "validation.unknownMunicipality", ags);
            v.rule(!known || seen.add(ags), field, "councils.council.partnerTwice");
        }
        v.throwIfInvalid();
        String name = request.name() == null || request.name().isBlank()
                ? defaultName(scope, lead) : request.name().trim();
        return writes.create(user, COUNCIL_ENTITY, lead.ags(), "CREATE")
                .event(CouncilEvents.CREATED, (before, after) -> planned(after))
                .apply((c, id) -> insertPlanned(c, id, user, lead, name, scope, partners, plannedOn, null));
    }

    @Override
    public Council openPlannedIfAbsent(CurrentUser user, String ags, LocalDate plannedOn, String note) {
        Municipality municipality = municipalities.require("municipality", ags);
        LocalDate day = plannedOn == null ? access.today() : plannedOn;
        if (access.database().read(c -> councils.localCouncilOf(c, ags)).isPresent()) {
            return null;
        }
        try {
            return writes.create(user, COUNCIL_ENTITY, ags, "CREATE")
                    // no enablement check: a signed agreement is a fact the LPR wants to see, even before the
                    // municipality enables the module; its staff enable it to work on the record
                    .authorize(u -> u.requireActFor(ags))
                    .event(CouncilEvents.CREATED, (before, after) -> planned(after))
                    .apply((c, id) -> insertPlanned(c, id, user, municipality,
                            defaultName(CouncilScope.MUNICIPALITY, municipality), CouncilScope.MUNICIPALITY, List.of(),
                            day, note));
        } catch (ConflictException raced) {
            // another node or thread opened it meanwhile: found by the check or refused by councils_local_claim's key
            return null;
        }
    }

    private void insertPlanned(Connection c, UUID id, CurrentUser user, Municipality lead, String name,
                               CouncilScope scope, List<String> partners, LocalDate plannedOn, String note)
            throws SQLException {
        if (scope != CouncilScope.DISTRICT) {
            for (String ags : concat(lead.ags(), partners)) {
                if (councils.localCouncilOf(c, ags).isPresent()) {
                    throw ConflictException.of("councils.council.municipalityTaken", ags);
                }
            }
        }
        Council council = new Council(id.toString(), lead.ags(), lead.district(), name, scope, partners,
                CouncilStatus.PLANNED, plannedOn, new RulesOfProcedure(null, null, null, null, null, null),
                access.now(), 1);
        councils.insert(c, council);
        councils.insertOffice(c, new CoordinationOffice(council.id(), plannedOn, null, null, List.of(), 1));
        councils.addHistory(c, council.id(), new StatusHistoryEntry(CouncilStatus.PLANNED, plannedOn, access.now(),
                user.name(), note));
    }

    private static Map<String, Object> planned(Council after) {
        return CouncilEvents.CREATED.payload().with(CouncilEvents.NAME, after.name())
                .with(CouncilEvents.SCOPE, after.scope()).with(CouncilEvents.PARTNERS, after.partnerMunicipalities())
                .with(CouncilEvents.PLANNED_ON, after.statusSince()).build();
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
        return access.database().inTransaction(c -> councils.list(c, where, page));
    }

    @Override
    public Council update(CurrentUser user, String councilId, CouncilUpdate update) {
        Council council = access.checkWrite(user, councilId);
        if (update == null) {
            throw ValidationException.of("body", "validation.required");
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
                .rule(rules.adoptedOn() == null, "rules.adoptedOn", "councils.council.adoptedOnByStatus")
                .throwIfInvalid();
        return writes.update(user, COUNCIL_ENTITY, UUID.fromString(council.id()), "UPDATE")
                .check(before -> requireCurrent(before, update.version()))
                .check(before -> {
                    boolean founded = before.status() != CouncilStatus.PLANNED
                            && before.status() != CouncilStatus.COORDINATION_OFFICE;
                    if (founded && (rules.chair() == null || rules.chair().isBlank())) {
                        throw ValidationException.of("rules.chair", "councils.council.chairStays");
                    }
                })
                .expectVersion(update.version())
                .apply((c, before) -> {
                    RulesOfProcedure kept = new RulesOfProcedure(rules.chair(), rules.deputyChair(),
                            rules.meetingFrequency(), rules.decisionRules(), rules.minutesFormat(),
                            before.rules().adoptedOn());
                    councils.update(c, new Council(before.id(), before.municipality(), before.district(),
                            update.name().trim(), before.scope(), before.partnerMunicipalities(), before.status(),
                            before.statusSince(), kept, before.createdAt(), before.version() + 1), before.version());
                });
    }

    /**
     * Unlike the pipeline's default order, a council change on an older version is refused before its rules are
     * judged: they would be judged against a state (status, chair) the client has not seen.
     */
    private static void requireCurrent(Council before, int expectedVersion) {
        if (before.version() != expectedVersion) {
            throw ConflictException.staleVersion(COUNCIL, before.id());
        }
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    public Council changeStatus(CurrentUser user, String councilId, StatusChange change) {
        Council council = access.checkWrite(user, councilId);
        if (change == null) {
            throw ValidationException.of("body", "validation.required");
        }
        new Validator()
                .required("status", change.status())
                .required("on", change.on())
                .rule(change.on() == null || !change.on().isAfter(access.today()), "on", "validation.notInFuture")
                .maxLength("note", change.note(), 1000)
                .required("version", change.version())
                .throwIfInvalid();
        CouncilStatus status = change.status();
        return writes.update(user, COUNCIL_ENTITY, UUID.fromString(council.id()), status.name())
                .check(before -> requireCurrent(before, change.version()))
                .check(before -> Lifecycle.checkTransition(before, status, change.on()))
                .expectVersion(change.version())
                .event(status.name(), (before, after) -> CouncilEvents.reached(after.status()).payload()
                        .with(CouncilEvents.PREVIOUS, before.status()).with(CouncilEvents.STATUS_ON, change.on()).build())
                .apply((c, before) -> {
                    RulesOfProcedure rules = before.rules();
                    if (status == CouncilStatus.CONSTITUTED) {
                        rules = new RulesOfProcedure(rules.chair(), rules.deputyChair(), rules.meetingFrequency(),
                                rules.decisionRules(), rules.minutesFormat(), change.on());
                    }
                    if (status == CouncilStatus.COORDINATION_OFFICE) {
                        setUpOffice(c, before.id(), change.on());
                    }
                    councils.update(c, new Council(before.id(), before.municipality(), before.district(),
                            before.name(), before.scope(), before.partnerMunicipalities(), status, change.on(), rules,
                            before.createdAt(), before.version() + 1), before.version());
                    councils.addHistory(c, before.id(), new StatusHistoryEntry(status, change.on(), access.now(),
                            user.name(), change.note()));
                });
    }

    /** The office is set up the day the council reaches COORDINATION_OFFICE (part of that change's audit entry). */
    private void setUpOffice(Connection c, String councilId, LocalDate on) throws SQLException {
        CoordinationOffice office = councils.office(c, councilId).orElseThrow();
        if (office.setUpOn() == null) {
            councils.updateOffice(c, new CoordinationOffice(councilId, office.plannedOn(), on,
                    office.hoursPerWeek(), office.staff(), office.version() + 1), office.version());
        }
    }

    @Override
    public List<StatusHistoryEntry> history(CurrentUser user, String councilId) {
        return access.database().inTransaction(c -> {
            access.read(c, user, councilId);
            return councils.history(c, councilId);
        });
    }

    // ------------------------------------------------------------------ coordination office

    @Override
    public CoordinationOffice office(CurrentUser user, String councilId) {
        return access.database().inTransaction(c -> {
            access.read(c, user, councilId);
            return councils.office(c, councilId).orElseThrow();
        });
    }

    @Override
    public CoordinationOffice updateOffice(CurrentUser user, String councilId, OfficeUpdate update) {
        return access.update(user, councilId, () -> validate(update), this::office, councilId)
                .expectVersion(update.version())
                .apply((c, before) -> councils.updateOffice(c, new CoordinationOffice(before.councilId(),
                        update.plannedOn(), before.setUpOn(), update.hoursPerWeek(), staff(update), before.version() + 1),
                        before.version()));
    }

    private static List<OfficeStaff> staff(OfficeUpdate update) {
        return update.staff() == null ? List.of() : update.staff();
    }

    private static void validate(OfficeUpdate update) {
        if (update == null) {
            throw ValidationException.of("body", "validation.required");
        }
        List<OfficeStaff> staff = staff(update);
        Validator v = new Validator()
                .required("version", update.version())
                .money("hoursPerWeek", update.hoursPerWeek())
                .rule(update.hoursPerWeek() == null || update.hoursPerWeek().compareTo(BigDecimal.valueOf(80)) <= 0,
                        "hoursPerWeek", "validation.atMost", 80);
        for (int i = 0; i < staff.size(); i++) {
            OfficeStaff s = staff.get(i);
            String prefix = "staff[" + i + "]";
            if (s == null) {
                v.rule(false, prefix, "validation.required");
                continue;
            }
            v.text(prefix + ".name", s.name(), 200).maxLength(prefix + ".function", s.function(), 200)
                    .maxLength(prefix + ".contact", s.contact(), 300);
        }
        v.throwIfInvalid();
    }
}
