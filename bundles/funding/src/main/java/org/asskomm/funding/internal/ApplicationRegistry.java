package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.ApplicationRules.requireStatus;
import static org.asskomm.funding.internal.ApplicationRules.with;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationQuery;
import org.asskomm.funding.api.ApplicationRequest;
import org.asskomm.funding.api.ApplicationService;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Calculation;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.KnownConsultation;
import org.asskomm.funding.api.LedgerKind;
import org.asskomm.funding.api.ProofReminder;
import org.asskomm.funding.api.ProofRequest;
import org.asskomm.funding.api.ProofReviewRequest;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.VersionRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.platform.api.write.Update;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Applications from draft to proof of use. Each write is one pipeline run, i.e. one transaction under the
 * application's row lock; what a check needs of the programme is read in that same transaction.
 */
@Component(service = ApplicationService.class)
public class ApplicationRegistry implements ApplicationService {

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;
    private final Clock clock;

    @Activate
    public ApplicationRegistry(@Reference Database database,
                               @Reference(target = "(asskomm.module=funding)") ModuleSchema schema,
                               @Reference MunicipalityDirectory municipalities, @Reference Writes writes) {
        this(database, municipalities, writes, Clock.systemDefaultZone());
    }

    /** With a clock of the caller's choosing: the application window is a matter of dates (tests, the demo year). */
    ApplicationRegistry(Database database, MunicipalityDirectory municipalities, Writes writes, Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public Application create(CurrentUser user, ApplicationRequest request) {
        new Validator().notBlank("municipality", request.municipality()).notBlank("programmeId", request.programmeId())
                .throwIfInvalid();
        Municipality municipality = municipalities.require("municipality", request.municipality());
        // the rules are judged once the right for the municipality is established
        return writes.create(user, FundingRecords.APPLICATION, municipality.ags(), "CREATE")
                .event("CREATED", (before, after) -> FundingPayloads.application("CREATED", after))
                .apply((c, id) -> {
                    Programme programme = ProgrammeStore.load(c, request.programmeId())
                            .orElseThrow(() -> ValidationException.of("programmeId", "funding.programme.unknown"));
                    ApplicationStore.insert(c, ApplicationRules.build(programme, request, null, municipality,
                            id.toString(), clock));
                });
    }

    @Override
    public Application update(CurrentUser user, String id, ApplicationRequest request) {
        return change(user, id, "UPDATE", "UPDATED", request.version(), false)
                .check(before -> edited(before, request))
                .apply((c, before) -> ApplicationStore.update(c, edited(before, request)));
    }

    /** The draft as the request changes it; municipality and programme stay. */
    private Application edited(Application before, ApplicationRequest request) {
        new Validator().required("version", request.version()).throwIfInvalid();
        check(request.municipality() == null || request.municipality().equals(before.municipality()), "municipality",
                Message.of("funding.unchangeableWas", before.municipality()));
        check(request.programmeId() == null || request.programmeId().equals(before.programmeId()), "programmeId",
                Message.of("funding.unchangeable"));
        requireStatus(before, "funding.action.change", ApplicationStatus.DRAFT);
        Municipality municipality = municipalities.require("municipality", before.municipality());
        return ApplicationRules.build(programmeOf(before), request, before, municipality, before.id(), clock);
    }

    @Override
    public Application application(CurrentUser user, String id) {
        user.requireAuthenticated();
        return database.read(c -> ApplicationStore.load(c, id)).filter(a -> user.mayRead(a.municipality()))
                .orElseThrow(() -> NotFoundException.of("problem.notFound", ConflictException.entity("Application"), id));
    }

    @Override
    public Page<Application> applications(CurrentUser user, ApplicationQuery query, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("a.programme_id", query.programmeId()).eq("a.municipality", query.municipality())
                .eq("a.status", query.status()).eq("p.programme_year", query.year());
        return database.read(c -> ApplicationStore.page(c, visible(user, where), "a.created_at, a.id", page));
    }

    @Override
    public Calculation calculation(CurrentUser user, String id) {
        Application a = application(user, id);
        return FundingMath.calculate(programmeOf(a), a.costPlan());
    }

    @Override
    public Application submit(CurrentUser user, String id, VersionRequest request) {
        return transition(user, id, request, "SUBMIT", "SUBMITTED", false, before -> {
            requireStatus(before, "funding.action.submit", ApplicationStatus.DRAFT);
            Programme programme = programmeOf(before);
            LocalDate today = today();
            if (today.isBefore(programme.windowOpens()) || today.isAfter(programme.windowCloses())) {
                throw ConflictException.of("funding.application.windowClosed", FundingTexts.programme(programme),
                        programme.windowOpens(),
                        programme.windowCloses(), today);
            }
            checkConsultationGate(programme, before, today);
            ConceptRules.checkSubmission(programme, before.title(),
                    database.read(c -> ConceptStore.load(c, before.id(), null)).orElse(null));
        }, before -> with(before, ApplicationStatus.SUBMITTED, clock.instant(), before.decision(), before.proofDue(),
                before.proof()));
    }

    @Override
    public Application startReview(CurrentUser user, String id, VersionRequest request) {
        return transition(user, id, request, "REVIEW", "REVIEW_STARTED", true,
                before -> requireStatus(before, "funding.action.startReview", ApplicationStatus.SUBMITTED),
                before -> with(before, ApplicationStatus.UNDER_REVIEW, before.submittedAt(), null, null, null));
    }

    @Override
    public Application withdraw(CurrentUser user, String id, VersionRequest request) {
        return transition(user, id, request, "WITHDRAW", "WITHDRAWN", false,
                before -> requireStatus(before, "funding.action.withdraw", ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED,
                        ApplicationStatus.UNDER_REVIEW),
                before -> with(before, ApplicationStatus.WITHDRAWN, before.submittedAt(), null, null, null));
    }

    /** The decision and, for an approval, the commitment of its grant: one pipeline run, one transaction. */
    @Override
    public Application decide(CurrentUser user, String id, DecisionRequest r) {
        boolean approval = r.outcome() == DecisionOutcome.APPROVED;
        Instant now = clock.instant();
        return change(user, id, approval ? "APPROVE" : "REJECT", approval ? "APPROVED" : "REJECTED", r.version(), true)
                .check(before -> DecisionRules.check(r, before, programmeOf(before)))
                .apply((c, before) -> {
                    // the budget invariant: approvals of a programme serialise on its row, then read the ledger
                    ProgrammeStore.lock(c, before.programmeId());
                    Programme programme = ProgrammeStore.load(c, before.programmeId()).orElseThrow();
                    BigDecimal granted = DecisionRules.granted(r);
                    if (granted != null) {
                        BigDecimal ofMunicipality = LedgerStore.sums(c, new Where().eq("programme_id", programme.id())
                                .eq("municipality", before.municipality())).committed();
                        DecisionRules.checkBudget(programme, before.municipality(), ofMunicipality, granted);
                        LedgerStore.append(c, LedgerStore.entry(before, LedgerKind.COMMITMENT, granted, today(), now,
                                user.name(), Message.of("funding.note.granted").stored()));
                    }
                    ApplicationStore.update(c, DecisionRules.decided(before, r, programme, user.name(), now));
                });
    }

    @Override
    public Application submitProof(CurrentUser user, String id, ProofRequest r) {
        Instant now = clock.instant();
        return change(user, id, "PROOF", "PROOF_SUBMITTED", r.version(), false)
                .check(before -> ProofRules.submitted(r, before, now))
                .apply((c, before) -> ApplicationStore.update(c, with(before, ApplicationStatus.PROOF_SUBMITTED,
                        before.submittedAt(), before.decision(), before.proofDue(), ProofRules.submitted(r, before, now))));
    }

    /** Closes the application; what was committed beyond the final grant is reclaimed in the same transaction. */
    @Override
    public Application reviewProof(CurrentUser user, String id, ProofReviewRequest r) {
        Instant now = clock.instant();
        return change(user, id, "PROOF_REVIEW", "PROOF_REVIEWED", r.version(), true)
                .check(before -> ProofRules.checkReview(r, before))
                .apply((c, before) -> {
                    Programme programme = ProgrammeStore.load(c, before.programmeId()).orElseThrow();
                    Application.Proof proof = ProofRules.reviewed(before, r, programme, now);
                    ApplicationStore.update(c, with(before, ApplicationStatus.CLOSED, before.submittedAt(),
                            before.decision(), before.proofDue(), proof));
                    BigDecimal unspent = before.money().committed().subtract(proof.finalGrant());
                    if (unspent.signum() > 0) {
                        LedgerStore.append(c, LedgerStore.entry(before, LedgerKind.RECLAIM, unspent, today(), now,
                                user.name(), Message.of("funding.note.proofReviewed", proof.recognizedCosts(),
                                        proof.finalGrant()).stored()));
                    }
                });
    }

    @Override
    public Page<Application> overdueProofs(CurrentUser user, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("a.status", ApplicationStatus.APPROVED).condition("a.proof_due < ?", today());
        return database.read(c -> ApplicationStore.page(c, visible(user, where), "a.proof_due, a.id", page));
    }

    @Override
    public List<ProofReminder> proofReminders(CurrentUser user, int days) {
        user.requireAuthenticated();
        if (days < 1 || days > 365) {
            throw ValidationException.of("days", "validation.between", 1, 365);
        }
        LocalDate today = today();
        Where where = new Where().eq("a.status", ApplicationStatus.APPROVED)
                .condition("a.proof_due <= ?", today.plusDays(days));
        return database.read(c -> ApplicationStore.page(c, visible(user, where), "a.proof_due, a.id",
                new PageRequest(0, 500))).items().stream().map(a -> {
                    long left = java.time.temporal.ChronoUnit.DAYS.between(today, a.proofDue());
                    return new ProofReminder(a.id(), a.title(), a.programmeId(), a.municipality(),
                            a.municipalityName(), a.proofDue(), left, left < 0);
                }).toList();
    }

    @Override
    public List<KnownConsultation> consultations(CurrentUser user, String municipality) {
        municipalities.require("municipality", municipality);
        user.requireRead(municipality);
        return database.read(c -> KnownConsultationStore.of(c, municipality));
    }

    /**
     * The consultation gate of a programme that has one: a consultation of the municipality by the LPR, as the
     * agreements module reported it, within the programme's months before today; else a 409 naming what is missing.
     */
    private void checkConsultationGate(Programme programme, Application a, LocalDate today) {
        Integer months = programme.consultationMonths();
        if (months == null) {
            return;
        }
        LocalDate since = today.minusMonths(months);
        boolean consulted = database.read(c -> KnownConsultationStore.of(c, a.municipality())).stream()
                .anyMatch(k -> k.date() != null && !k.date().isBefore(since) && !k.date().isAfter(today));
        if (!consulted) {
            throw ConflictException.of("funding.application.consultationMissing", a.municipalityName(), since, today,
                    FundingTexts.programme(programme), months);
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /**
     * A change of the application {@code id} through the pipeline: 404 unless the user may see it, 403 unless they
     * may act for its municipality (and, where {@code lprOnly}, are LPR staff), then the caller's checks, then
     * the version.
     */
    private Update<Application> change(CurrentUser user, String id, String action, String event, Integer version,
                                       boolean lprOnly) {
        return writes.update(user, FundingRecords.APPLICATION, FundingRecords.id(id, "Application"), action)
                .check(before -> {
                    if (lprOnly) {
                        user.requireLprAdmin();
                    }
                })
                .expectVersion(version)
                .event(event, (before, after) -> FundingPayloads.application(event, after));
    }

    /** A change of status that takes nothing but the version: the rules on before, then before turned into after. */
    private Application transition(CurrentUser user, String id, VersionRequest request, String action, String event,
                                   boolean lprOnly, Consumer<Application> rules, UnaryOperator<Application> next) {
        Integer version = request == null ? null : request.version();
        return change(user, id, action, event, version, lprOnly).check(before -> {
            new Validator().required("version", version).throwIfInvalid();
            rules.accept(before);
        }).apply((c, before) -> ApplicationStore.update(c, next.apply(before)));
    }

    /** The application's programme; inside a pipeline run the read joins its transaction. */
    private Programme programmeOf(Application a) {
        return database.read(c -> ProgrammeStore.load(c, a.programmeId())).orElseThrow();
    }

    private static Where visible(CurrentUser user, Where where) {
        return user.seesAll() ? where : where.in("a.municipality", user.municipalities());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static void check(boolean ok, String field, Message message) {
        if (!ok) {
            throw new ValidationException(List.of(FieldError.of(field, message)));
        }
    }
}
