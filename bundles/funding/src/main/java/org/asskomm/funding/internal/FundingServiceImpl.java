package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.ProgrammeRules.CATEGORY_PATTERN;
import static org.asskomm.funding.internal.ProgrammeRules.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationQuery;
import org.asskomm.funding.api.ApplicationRequest;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Calculation;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.FundingService;
import org.asskomm.funding.api.KnownConsultation;
import org.asskomm.funding.api.LedgerEntry;
import org.asskomm.funding.api.LedgerKind;
import org.asskomm.funding.api.MoneyRequest;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.funding.api.ProofRequest;
import org.asskomm.funding.api.ProofReviewRequest;
import org.asskomm.funding.api.ReportDimension;
import org.asskomm.funding.api.ReportRow;
import org.asskomm.funding.api.Statistics;
import org.asskomm.funding.api.VersionRequest;
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
import org.asskomm.platform.api.persistence.Where;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

/** The funding rules: who may do what, when, and with how much money. */
@Component(service = FundingService.class)
public class FundingServiceImpl implements FundingService {

    private final FundingStore store;
    private final Database database;
    private final ModuleEnablement enablement;
    private final MunicipalityDirectory municipalities;
    private final AuditLog audit;
    private final EventAdmin events;
    private final Clock clock;

    @Activate
    public FundingServiceImpl(@Reference FundingStore store, @Reference ModuleEnablement enablement,
                              @Reference MunicipalityDirectory municipalities, @Reference AuditLog audit,
                              @Reference EventAdmin events) {
        this(store, enablement, municipalities, audit, events, Clock.systemDefaultZone());
    }

    /** With a clock of the test's choosing: the application window is a matter of dates. */
    FundingServiceImpl(FundingStore store, ModuleEnablement enablement, MunicipalityDirectory municipalities,
                       AuditLog audit, EventAdmin events, Clock clock) {
        this.store = store;
        this.database = store.database();
        this.enablement = enablement;
        this.municipalities = municipalities;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- programmes ----------------------------------------------------------------------------------------

    @Override
    public Programme createProgramme(CurrentUser user, ProgrammeRequest request) {
        user.requireLprAdmin();
        Programme programme = ProgrammeRules.build(UUID.randomUUID().toString(), request, null, 0);
        Programme created = database.inTransaction(c -> {
            store.insertProgramme(c, programme);
            Programme stored = store.programme(c, programme.id()).orElseThrow();
            audit.record(c, user, auditEvent("Programme", programme.id(), "CREATE", null), null, stored);
            return stored;
        });
        events.postEvent(Topics.event(MODULE_ID, "Programme", "CREATED", null, created.id(), user));
        return created;
    }

    @Override
    public Programme updateProgramme(CurrentUser user, String id, ProgrammeRequest request) {
        user.requireLprAdmin();
        Programme updated = database.inTransaction(c -> {
            if (!store.lockProgramme(c, id)) {
                throw new NotFoundException("No programme " + id + ".");
            }
            Programme before = store.programme(c, id).orElseThrow();
            new Validator().required("version", request.version()).throwIfInvalid();
            Programme changed = ProgrammeRules.build(id, request, before, request.version());
            if (changed.year() != before.year()) {
                throw new ValidationException("year", "cannot be changed (it was " + before.year() + ")");
            }
            BigDecimal committed = before.figures().committed();
            if (changed.budget().compareTo(committed) < 0) {
                throw new ConflictException("The budget " + changed.budget() + " would be below the committed sum "
                        + committed + " of programme " + id + ".");
            }
            store.updateProgramme(c, changed, request.version());
            Programme after = store.programme(c, id).orElseThrow();
            audit.record(c, user, auditEvent("Programme", id, "UPDATE", null), before, after);
            return after;
        });
        events.postEvent(Topics.event(MODULE_ID, "Programme", "UPDATED", null, id, user));
        return updated;
    }

    @Override
    public Programme programme(CurrentUser user, String id) {
        user.requireAuthenticated();
        return database.inTransaction(c -> store.programme(c, id))
                .orElseThrow(() -> new NotFoundException("No programme " + id + "."));
    }

    @Override
    public Page<Programme> programmes(CurrentUser user, Integer year, PageRequest page) {
        user.requireAuthenticated();
        return database.inTransaction(c -> store.programmes(c, year, page));
    }

    // ---- applications ------------------------------------------------------------------------------------

    @Override
    public Application create(CurrentUser user, ApplicationRequest request) {
        new Validator().notBlank("municipality", request.municipality()).notBlank("programmeId", request.programmeId())
                .throwIfInvalid();
        Municipality municipality = municipalities.require("municipality", request.municipality());
        enablement.checkWrite(user, MODULE_ID, municipality.ags());
        Programme programme = database.inTransaction(c -> store.programme(c, request.programmeId()))
                .orElseThrow(() -> new ValidationException("programmeId", "no such programme"));
        Application draft = ApplicationRules.build(programme, request, null, municipality, UUID.randomUUID().toString(), clock);
        Application created = database.inTransaction(c -> {
            store.insertApplication(c, draft);
            Application stored = store.application(c, draft.id()).orElseThrow();
            audit.record(c, user, auditEvent("Application", draft.id(), "CREATE", draft.municipality()), null, stored);
            return stored;
        });
        post("CREATED", created, user);
        return created;
    }

    @Override
    public Application update(CurrentUser user, String id, ApplicationRequest request) {
        Application before = readForWrite(user, id);
        new Validator().required("version", request.version()).throwIfInvalid();
        check(request.municipality() == null || request.municipality().equals(before.municipality()), "municipality",
                "cannot be changed (it is " + before.municipality() + ")");
        check(request.programmeId() == null || request.programmeId().equals(before.programmeId()), "programmeId",
                "cannot be changed");
        requireStatus(before, "change", ApplicationStatus.DRAFT);
        Programme programme = programmeOf(before);
        Municipality municipality = municipalities.require("municipality", before.municipality());
        Application changed = ApplicationRules.build(programme, request, before, municipality, id, clock);
        return write(user, before, request.version(), "UPDATE", "UPDATED", changed);
    }


    @Override
    public Application application(CurrentUser user, String id) {
        user.requireAuthenticated();
        Application a = database.inTransaction(c -> store.application(c, id)).orElse(null);
        if (a == null || !user.mayRead(a.municipality())) {
            throw new NotFoundException("No application " + id + ".");
        }
        return a;
    }

    @Override
    public Page<Application> applications(CurrentUser user, ApplicationQuery query, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("a.programme_id", query.programmeId()).eq("a.municipality", query.municipality())
                .eq("a.status", query.status()).eq("p.programme_year", query.year());
        if (!user.seesAll()) {
            where.in("a.municipality", user.municipalities());
        }
        return database.inTransaction(c -> store.applications(c, where, "a.created_at, a.id", page));
    }

    @Override
    public Calculation calculation(CurrentUser user, String id) {
        Application a = application(user, id);
        return FundingMath.calculate(programmeOf(a), a.costPlan());
    }

    @Override
    public Application submit(CurrentUser user, String id, VersionRequest request) {
        Application before = readForWrite(user, id);
        int version = version(request);
        requireStatus(before, "submit", ApplicationStatus.DRAFT);
        Programme programme = programmeOf(before);
        LocalDate today = today();
        if (today.isBefore(programme.windowOpens()) || today.isAfter(programme.windowCloses())) {
            throw new ConflictException("Applications to programme " + programme.year() + " are accepted from "
                    + programme.windowOpens() + " to " + programme.windowCloses() + "; today is " + today + ".");
        }
        return write(user, before, version, "SUBMIT", "SUBMITTED", with(before, ApplicationStatus.SUBMITTED,
                Instant.now(clock), before.decision(), before.proofDue(), before.proof()));
    }

    @Override
    public Application startReview(CurrentUser user, String id, VersionRequest request) {
        Application before = readForWrite(user, id);
        user.requireLprAdmin();
        int version = version(request);
        requireStatus(before, "start the review of", ApplicationStatus.SUBMITTED);
        return write(user, before, version, "REVIEW", "REVIEW_STARTED", with(before,
                ApplicationStatus.UNDER_REVIEW, before.submittedAt(), null, null, null));
    }

    @Override
    public Application withdraw(CurrentUser user, String id, VersionRequest request) {
        Application before = readForWrite(user, id);
        int version = version(request);
        requireStatus(before, "withdraw", ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
                ApplicationStatus.UNDER_REVIEW);
        return write(user, before, version, "WITHDRAW", "WITHDRAWN", with(before, ApplicationStatus.WITHDRAWN,
                before.submittedAt(), null, null, null));
    }

    @Override
    public Application decide(CurrentUser user, String id, DecisionRequest r) {
        Application seen = readForWrite(user, id);
        user.requireLprAdmin();
        Validator v = new Validator().required("outcome", r.outcome()).required("version", r.version())
                .maxLength("conditions", r.conditions(), 4000).maxLength("reason", r.reason(), 4000)
                .maxLength("exceptionJustification", r.exceptionJustification(), 2000);
        if (r.outcome() == DecisionOutcome.APPROVED) {
            v.required("grantedAmount", r.grantedAmount()).money("grantedAmount", r.grantedAmount());
            v.check(r.grantedAmount() == null || r.grantedAmount().signum() > 0, "grantedAmount", "must be above 0");
        } else if (r.outcome() == DecisionOutcome.REJECTED) {
            v.text("reason", r.reason(), 4000);
            v.check(r.grantedAmount() == null, "grantedAmount", "must be empty for a rejection");
        }
        v.throwIfInvalid();
        Programme programme = programmeOf(seen);
        Calculation calc = FundingMath.calculate(programme, seen.costPlan());
        BigDecimal granted = r.outcome() == DecisionOutcome.APPROVED ? FundingMath.cents(r.grantedAmount()) : null;
        if (granted != null) {
            v.check(granted.compareTo(seen.requestedAmount()) <= 0, "grantedAmount",
                    "must not exceed the requested amount " + seen.requestedAmount());
            v.check(granted.compareTo(calc.maxFundable()) <= 0, "grantedAmount",
                    "exceeds the maximum fundable amount " + calc.maxFundable());
            v.check(granted.compareTo(programme.minGrant()) > 0 || blankToNull(r.exceptionJustification()) != null,
                    "exceptionJustification", "is required: the grant is not above the minimum grant "
                            + programme.minGrant() + " (short-notice or event-driven project)");
            v.check(granted.compareTo(seen.requestedAmount()) == 0 || blankToNull(r.reason()) != null, "reason",
                    "is required for a partial approval");
            v.check(r.proofDue() == null || !r.proofDue().isBefore(seen.periodEnd()), "proofDue",
                    "must not be before the project end " + seen.periodEnd());
        }
        v.throwIfInvalid();
        Instant now = Instant.now(clock);
        Application decided = database.inTransaction(c -> {
            // The budget invariant: all approvals of a programme serialise on its row, then read the ledger.
            store.lockProgramme(c, programme.id());
            Application before = store.application(c, id).orElseThrow();
            if (before.version() != r.version()) {
                throw stale(before);
            }
            requireStatus(before, "decide on", ApplicationStatus.UNDER_REVIEW);
            Application.Decision decision = new Application.Decision(r.outcome(), granted,
                    granted != null && granted.compareTo(before.requestedAmount()) < 0, blankToNull(r.conditions()),
                    blankToNull(r.reason()), blankToNull(r.exceptionJustification()), user.name(), now);
            if (granted == null) {
                return save(c, user, before, with(before, ApplicationStatus.REJECTED, before.submittedAt(), decision,
                        null, null), r.version(), "REJECT");
            }
            Programme locked = store.programme(c, programme.id()).orElseThrow();
            BigDecimal available = locked.budget().subtract(locked.figures().committed());
            if (granted.compareTo(available) > 0) {
                throw new ConflictException("The grant " + granted + " exceeds the remaining budget " + available
                        + " of programme " + locked.year() + " (budget " + locked.budget() + ", committed "
                        + locked.figures().committed() + ").");
            }
            if (locked.capPerMunicipality() != null) {
                BigDecimal ofMunicipality = store.sums(c, new Where().eq("programme_id", locked.id())
                        .eq("municipality", before.municipality())).committed();
                if (ofMunicipality.add(granted).compareTo(locked.capPerMunicipality()) > 0) {
                    throw new ConflictException("The grant " + granted + " would take municipality "
                            + before.municipality() + " above the cap per municipality " + locked.capPerMunicipality()
                            + " (already committed " + ofMunicipality + ").");
                }
            }
            LocalDate proofDue = r.proofDue() != null ? r.proofDue()
                    : before.periodEnd().plusMonths(locked.proofMonths());
            Application after = save(c, user, before, with(before, ApplicationStatus.APPROVED, before.submittedAt(),
                    decision, proofDue, null), r.version(), "APPROVE");
            store.append(c, ledgerEntry(before, LedgerKind.COMMITMENT, granted, today(), user, "grant decided"));
            return store.application(c, id).orElse(after);
        });
        post(decided.status() == ApplicationStatus.APPROVED ? "APPROVED" : "REJECTED", decided, user);
        return decided;
    }

    @Override
    public LedgerEntry payout(CurrentUser user, String id, MoneyRequest r) {
        Application seen = readForWrite(user, id);
        user.requireLprAdmin();
        BigDecimal amount = amount(r);
        LedgerEntry entry = database.inTransaction(c -> {
            store.lockApplication(c, id);
            Application a = store.application(c, id).orElseThrow();
            requireStatus(a, "pay out", ApplicationStatus.APPROVED, ApplicationStatus.PROOF_SUBMITTED,
                    ApplicationStatus.CLOSED);
            if (a.money().reimbursementOnly() && a.status() != ApplicationStatus.CLOSED) {
                throw new ConflictException("Application " + id + " has total costs " + a.totalCosts()
                        + " below the reimbursement threshold: it is paid only after its proof of use is accepted "
                        + "(status is " + a.status() + ").");
            }
            if (amount.compareTo(a.money().payable()) > 0) {
                throw new ConflictException("The payout " + amount + " exceeds what remains payable of the grant: "
                        + a.money().payable() + " (committed " + a.money().committed() + ", paid "
                        + a.money().paid() + ").");
            }
            return book(c, user, a, LedgerKind.PAYOUT, amount, r, "PAYOUT");
        });
        post("PAID", seen, user);
        return entry;
    }

    @Override
    public LedgerEntry reclaim(CurrentUser user, String id, MoneyRequest r) {
        Application seen = readForWrite(user, id);
        user.requireLprAdmin();
        BigDecimal amount = amount(r);
        if (blankToNull(r.note()) == null) {
            throw new ValidationException("note", "is required: say why the sum is reclaimed");
        }
        LedgerEntry entry = database.inTransaction(c -> {
            store.lockProgramme(c, seen.programmeId());
            store.lockApplication(c, id);
            Application a = store.application(c, id).orElseThrow();
            requireStatus(a, "reclaim from", ApplicationStatus.APPROVED, ApplicationStatus.PROOF_SUBMITTED,
                    ApplicationStatus.CLOSED);
            if (amount.compareTo(a.money().committed()) > 0) {
                throw new ConflictException("The reclaim " + amount + " exceeds the committed grant "
                        + a.money().committed() + " of application " + id + ".");
            }
            return book(c, user, a, LedgerKind.RECLAIM, amount, r, "RECLAIM");
        });
        post("RECLAIMED", seen, user);
        return entry;
    }

    @Override
    public LedgerEntry repayment(CurrentUser user, String id, MoneyRequest r) {
        Application seen = readForWrite(user, id);
        user.requireLprAdmin();
        BigDecimal amount = amount(r);
        LedgerEntry entry = database.inTransaction(c -> {
            store.lockApplication(c, id);
            Application a = store.application(c, id).orElseThrow();
            if (amount.compareTo(a.money().repaymentDue()) > 0) {
                throw new ConflictException("The repayment " + amount + " exceeds the repayment due "
                        + a.money().repaymentDue() + " of application " + id + ".");
            }
            return book(c, user, a, LedgerKind.REPAYMENT, amount, r, "REPAYMENT");
        });
        post("REPAID", seen, user);
        return entry;
    }

    private BigDecimal amount(MoneyRequest r) {
        new Validator().required("amount", r.amount()).money("amount", r.amount())
                .check(r.amount() == null || r.amount().signum() > 0, "amount", "must be above 0")
                .maxLength("note", r.note(), 1000).throwIfInvalid();
        return FundingMath.cents(r.amount());
    }

    private LedgerEntry book(java.sql.Connection c, CurrentUser user, Application a, LedgerKind kind, BigDecimal amount,
                             MoneyRequest r, String action) throws java.sql.SQLException {
        LedgerEntry entry = ledgerEntry(a, kind, amount, r.valueDate() != null ? r.valueDate() : today(), user,
                blankToNull(r.note()));
        store.append(c, entry);
        audit.record(c, user, auditEvent("Application", a.id(), action, a.municipality()), null, entry);
        return entry;
    }

    private LedgerEntry ledgerEntry(Application a, LedgerKind kind, BigDecimal amount, LocalDate valueDate,
                                    CurrentUser user, String note) {
        return new LedgerEntry(UUID.randomUUID().toString(), a.programmeId(), a.id(), a.municipality(), a.district(),
                a.actionField(), kind, amount, valueDate, Instant.now(clock), user.name(), note);
    }

    @Override
    public Application submitProof(CurrentUser user, String id, ProofRequest r) {
        Application before = readForWrite(user, id);
        Validator v = new Validator().required("version", r.version()).notEmpty("actualCosts", r.actualCosts())
                .text("report", r.report(), 4000);
        List<Application.ActualCost> costs = r.actualCosts() == null ? List.of() : r.actualCosts();
        for (int i = 0; i < costs.size(); i++) {
            Application.ActualCost cost = costs.get(i);
            String f = "actualCosts[" + i + "]";
            v.check(cost != null && cost.category() != null && cost.category().matches(CATEGORY_PATTERN),
                    f + ".category", "must be a category such as MATERIAL");
            v.required(f + ".amount", cost == null ? null : cost.amount()).money(f + ".amount",
                    cost == null ? null : cost.amount());
        }
        v.throwIfInvalid();
        requireStatus(before, "submit a proof of use for", ApplicationStatus.APPROVED);
        List<Application.ActualCost> clean = costs.stream()
                .map(cost -> new Application.ActualCost(cost.category(), FundingMath.cents(cost.amount()))).toList();
        Application.Proof proof = new Application.Proof(Instant.now(clock), clean, null, r.report().trim(), null, null,
                null, null);
        return write(user, before, r.version(), "PROOF", "PROOF_SUBMITTED", with(before,
                ApplicationStatus.PROOF_SUBMITTED, before.submittedAt(), before.decision(), before.proofDue(), proof));
    }

    @Override
    public Application reviewProof(CurrentUser user, String id, ProofReviewRequest r) {
        Application seen = readForWrite(user, id);
        user.requireLprAdmin();
        new Validator().required("version", r.version()).required("recognizedCosts", r.recognizedCosts())
                .money("recognizedCosts", r.recognizedCosts()).maxLength("note", r.note(), 4000).throwIfInvalid();
        BigDecimal recognized = FundingMath.cents(r.recognizedCosts());
        if (seen.proof() != null && recognized.compareTo(seen.proof().actualTotal()) > 0) {
            throw new ValidationException("recognizedCosts", "must not exceed the actual costs "
                    + seen.proof().actualTotal() + " of the proof");
        }
        Programme programme = programmeOf(seen);
        Application reviewed = database.inTransaction(c -> {
            store.lockProgramme(c, programme.id());
            Application before = store.application(c, id).orElseThrow();
            if (before.version() != r.version()) {
                throw stale(before);
            }
            requireStatus(before, "review the proof of use of", ApplicationStatus.PROOF_SUBMITTED);
            BigDecimal committed = before.money().committed();
            BigDecimal finalGrant = FundingMath.min(committed, FundingMath.down(programme.fundingRate()
                    .multiply(recognized)));
            Application.Proof p = before.proof();
            Application.Proof proof = new Application.Proof(p.submittedAt(), p.actualCosts(), p.actualTotal(),
                    p.report(), recognized, finalGrant, blankToNull(r.note()), Instant.now(clock));
            save(c, user, before, with(before, ApplicationStatus.CLOSED, before.submittedAt(), before.decision(),
                    before.proofDue(), proof), r.version(), "PROOF_REVIEW");
            BigDecimal unspent = committed.subtract(finalGrant);
            if (unspent.signum() > 0) {
                LedgerEntry entry = ledgerEntry(before, LedgerKind.RECLAIM, unspent, today(), user,
                        "proof of use: recognised costs " + recognized + ", final grant " + finalGrant);
                store.append(c, entry);
            }
            return store.application(c, id).orElseThrow();
        });
        post("PROOF_REVIEWED", reviewed, user);
        return reviewed;
    }

    // ---- ledger, reports, statistics ----------------------------------------------------------------------

    @Override
    public Page<LedgerEntry> ledger(CurrentUser user, String programmeId, String applicationId, String municipality,
                                    LedgerKind kind, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("programme_id", programmeId).eq("application_id", applicationId)
                .eq("municipality", municipality).eq("kind", kind);
        if (!user.seesAll()) {
            where.in("municipality", user.municipalities());
        }
        return database.inTransaction(c -> store.ledger(c, where, page));
    }

    @Override
    public Page<Application> overdueProofs(CurrentUser user, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("a.status", ApplicationStatus.APPROVED).condition("a.proof_due < ?", today());
        if (!user.seesAll()) {
            where.in("a.municipality", user.municipalities());
        }
        return database.inTransaction(c -> store.applications(c, where, "a.proof_due, a.id", page));
    }

    @Override
    public List<ReportRow> report(CurrentUser user, String programmeId, ReportDimension dimension) {
        user.requireAuthenticated();
        if (!user.seesAll()) {
            throw new org.asskomm.platform.api.error.AccessDeniedException(
                    "Budget reports across municipalities are for LPR staff and viewers.");
        }
        programme(user, programmeId);
        return database.inTransaction(c -> store.report(c, programmeId, dimension));
    }

    @Override
    public List<Statistics> statistics() {
        return database.inTransaction(store::statistics);
    }

    @Override
    public List<KnownConsultation> consultations(CurrentUser user, String municipality) {
        municipalities.require("municipality", municipality);
        user.requireRead(municipality);
        return database.inTransaction(c -> store.consultations(c, municipality));
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** Loads an application for a write: 404 when unknown or unreadable, 403 when the user may not act for it. */
    private Application readForWrite(CurrentUser user, String id) {
        Application a = application(user, id);
        enablement.checkWrite(user, MODULE_ID, a.municipality());
        return a;
    }

    private Programme programmeOf(Application a) {
        return database.inTransaction(c -> store.programme(c, a.programmeId())).orElseThrow();
    }

    private static int version(VersionRequest request) {
        if (request == null || request.version() == null) {
            throw new ValidationException("version", "is required");
        }
        return request.version();
    }

    private static void check(boolean ok, String field, String message) {
        if (!ok) {
            throw new ValidationException(field, message);
        }
    }

    private static void requireStatus(Application a, String action, ApplicationStatus... allowed) {
        for (ApplicationStatus s : allowed) {
            if (a.status() == s) {
                return;
            }
        }
        throw new ConflictException("Cannot " + action + " application " + a.id() + ": its status is " + a.status()
                + ", this needs " + (allowed.length == 1 ? allowed[0] : List.of(allowed)) + ".");
    }

    private static ConflictException stale(Application current) {
        return new ConflictException("Application " + current.id() + " was changed by someone else (stale version; "
                + "current version is " + current.version() + "); reload it and apply your change again.");
    }

    private static Application with(Application a, ApplicationStatus status, Instant submittedAt,
                                     Application.Decision decision, LocalDate proofDue, Application.Proof proof) {
        return new Application(a.id(), a.programmeId(), a.programmeYear(), a.municipality(), a.municipalityName(),
                a.district(), a.applicant(), a.title(), a.actionField(), a.location(), a.periodStart(), a.periodEnd(),
                a.thirdPartyRecipient(), a.description(), a.consultationDate(), a.consultationReference(), a.costPlan(),
                a.totalCosts(), a.requestedAmount(), a.ownContribution(), a.otherFunding(), a.exceptionRequested(),
                a.exceptionReason(), status, submittedAt, decision, proofDue, proof, a.money(), a.createdAt(),
                a.version());
    }

    /** One versioned write with its audit entry, then the event. */
    private Application write(CurrentUser user, Application before, int version, String action, String eventAction,
                              Application changed) {
        Application after = database.inTransaction(c -> save(c, user, before, changed, version, action));
        post(eventAction, after, user);
        return after;
    }

    private Application save(java.sql.Connection c, CurrentUser user, Application before, Application changed,
                             int version, String action) throws java.sql.SQLException {
        store.updateApplication(c, changed, version);
        Application after = store.application(c, changed.id()).orElseThrow();
        audit.record(c, user, auditEvent("Application", changed.id(), action, changed.municipality()), before, after);
        return after;
    }

    private static AuditEvent auditEvent(String entity, String id, String action, String municipality) {
        return new AuditEvent(MODULE_ID, entity, id, action, municipality);
    }

    private void post(String action, Application a, CurrentUser user) {
        events.postEvent(Topics.event(MODULE_ID, "Application", action, a.municipality(), a.id(), user));
    }

    /** For the demo loader and shell commands: all applications of a programme, as the system user. */
    List<Application> allApplications(String programmeId) {
        List<Application> result = new ArrayList<>();
        Page<Application> page;
        int offset = 0;
        do {
            page = applications(CurrentUser.SYSTEM, new ApplicationQuery(programmeId, null, null, null),
                    new PageRequest(offset, PageRequest.MAX_LIMIT));
            result.addAll(page.items());
            offset += page.limit();
        } while (offset < page.total());
        return result;
    }
}
