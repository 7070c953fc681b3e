package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.ProgrammeRules.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.LedgerEntry;
import org.asskomm.funding.api.LedgerKind;
import org.asskomm.funding.api.MoneyRequest;
import org.asskomm.funding.api.PaymentService;
import org.asskomm.funding.api.Recipient;
import org.asskomm.funding.api.RecipientProofRequest;
import org.asskomm.funding.api.RecipientRequest;
import org.asskomm.funding.api.RecipientService;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Payouts, reclaims and repayments: each a ledger line booked by the LPR on an application, in one pipeline run
 * under the application's row lock (so two movements on one application never both pass the same limit). The audit
 * entry and the event are the application's, with the money before and after.
 */
@Component(service = {PaymentService.class, RecipientService.class})
public class PaymentRegistry implements PaymentService, RecipientService {

    /** What one kind of movement checks against the application (409) before it is booked. */
    @FunctionalInterface
    private interface Limit {
        void check(Application a, BigDecimal amount);
    }

    /** One kind of movement: its ledger kind, audit action, event and limit. */
    private record Movement(LedgerKind kind, String action, String event, boolean noteRequired, Limit limit) {
    }

    private static final Movement PAYOUT = new Movement(LedgerKind.PAYOUT, "PAYOUT", "PAID", false, (a, amount) -> {
        ApplicationRules.requireStatus(a, "funding.action.payOut", ApplicationStatus.APPROVED, ApplicationStatus.PROOF_SUBMITTED,
                ApplicationStatus.CLOSED);
        if (a.money().reimbursementOnly() && a.status() != ApplicationStatus.CLOSED) {
            throw ConflictException.of("funding.payout.afterProof", a.title(), a.totalCosts(), FundingTexts.status(a.status()));
        }
        if (amount.compareTo(a.money().payable()) > 0) {
            throw ConflictException.of("funding.payout.exceeds", amount, a.money().payable(), a.money().committed(),
                    a.money().paid());
        }
    });

    private static final Movement RECLAIM = new Movement(LedgerKind.RECLAIM, "RECLAIM", "RECLAIMED", true,
            (a, amount) -> {
                ApplicationRules.requireStatus(a, "funding.action.reclaim", ApplicationStatus.APPROVED,
                        ApplicationStatus.PROOF_SUBMITTED, ApplicationStatus.CLOSED);
                if (amount.compareTo(a.money().committed()) > 0) {
                    throw ConflictException.of("funding.reclaim.exceeds", amount, a.money().committed(), a.title());
                }
            });

    private static final Movement REPAYMENT = new Movement(LedgerKind.REPAYMENT, "REPAYMENT", "REPAID", false,
            (a, amount) -> {
                if (amount.compareTo(a.money().repaymentDue()) > 0) {
                    throw ConflictException.of("funding.repayment.exceeds", amount, a.money().repaymentDue(), a.title());
                }
            });

    private final Database database;
    private final Writes writes;
    private final Clock clock;

    @Activate
    public PaymentRegistry(@Reference Database database,
                           @Reference(target = "(asskomm.module=funding)") ModuleSchema schema,
                           @Reference Writes writes) {
        this(database, writes, Clock.systemDefaultZone());
    }

    /** With a clock of the caller's choosing: it dates the booking and is the default value date. */
    PaymentRegistry(Database database, Writes writes, Clock clock) {
        this.database = database;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public LedgerEntry payout(CurrentUser user, String id, MoneyRequest request) {
        return book(user, id, request, PAYOUT, null);
    }

    @Override
    public LedgerEntry reclaim(CurrentUser user, String id, MoneyRequest request) {
        return book(user, id, request, RECLAIM, null);
    }

    @Override
    public LedgerEntry repayment(CurrentUser user, String id, MoneyRequest request) {
        return book(user, id, request, REPAYMENT, null);
    }

    /**
     * The one shape of every movement: right, LPR, amount (400), limit (409), then the ledger line; a payout of a
     * recipient's share ({@code recipientId} not null) also stays within what remains of that share.
     */
    private LedgerEntry book(CurrentUser user, String id, MoneyRequest r, Movement movement, String recipientId) {
        AtomicReference<LedgerEntry> booked = new AtomicReference<>();
        writes.update(user, FundingRecords.APPLICATION, FundingRecords.id(id, "Application"), movement.action())
                .check(before -> {
                    user.requireLprAdmin();
                    movement.limit().check(before, amount(r, movement));
                    if (recipientId != null) {
                        Recipient recipient = recipient(before.id(), recipientId);
                        if (amount(r, movement).compareTo(recipient.payable()) > 0) {
                            throw ConflictException.of("funding.recipient.payoutExceeds", amount(r, movement),
                                    recipient.name(), recipient.payable(), recipient.share());
                        }
                    }
                })
                .event(movement.event(), (before, after) -> FundingPayloads.booked(movement.event(), after, booked.get()))
                .apply((c, before) -> {
                    LocalDate valueDate = r.valueDate() != null ? r.valueDate() : LocalDate.now(clock);
                    LedgerEntry entry = LedgerStore.entry(before, movement.kind(), amount(r, movement), valueDate,
                            clock.instant(), user.name(), blankToNull(r.note()));
                    if (recipientId != null) {
                        entry = LedgerStore.toRecipient(entry, recipient(before.id(), recipientId));
                    }
                    LedgerStore.append(c, entry);
                    booked.set(entry);
                });
        return booked.get();
    }

    /** The amount in cents (400 unless positive whole cents); a reclaim says why. */
    private static BigDecimal amount(MoneyRequest r, Movement movement) {
        new Validator().required("amount", r.amount()).money("amount", r.amount())
                .rule(r.amount() == null || r.amount().signum() > 0, "amount", "validation.positive")
                .maxLength("note", r.note(), 1000).throwIfInvalid();
        if (movement.noteRequired() && blankToNull(r.note()) == null) {
            throw ValidationException.of("note", "funding.reclaim.noteRequired");
        }
        return FundingMath.cents(r.amount());
    }

    @Override
    public Recipient addRecipient(CurrentUser user, String applicationId, RecipientRequest r) {
        String id = UUID.randomUUID().toString();
        writes.update(user, FundingRecords.APPLICATION, FundingRecords.id(applicationId, "Application"),
                        "ADD_RECIPIENT")
                .check(before -> RecipientRules.checkNew(r, before, database.read(c ->
                        RecipientStore.of(c, before.id()))))
                .expectVersion(r.version())
                .event("RECIPIENT_ADDED", (before, after) -> FundingPayloads.application("RECIPIENT_ADDED", after))
                .apply((c, before) -> {
                    RecipientStore.insert(c, id, before.id(), r.name().trim(), blankToNull(r.role()),
                            FundingMath.cents(r.share()), clock.instant());
                    ApplicationStore.update(c, before);
                });
        return recipient(applicationId, id);
    }

    @Override
    public List<Recipient> recipients(CurrentUser user, String applicationId) {
        user.requireAuthenticated();
        Application a = database.read(c -> ApplicationStore.load(c, applicationId)).filter(x -> user.mayRead(
                x.municipality())).orElseThrow(() -> NotFoundException.of("problem.notFound",
                ConflictException.entity("Application"), applicationId));
        return database.read(c -> RecipientStore.of(c, a.id()));
    }

    @Override
    public LedgerEntry payRecipient(CurrentUser user, String applicationId, String recipientId, MoneyRequest request) {
        return book(user, applicationId, request, PAYOUT, recipientId);
    }

    @Override
    public Recipient submitRecipientProof(CurrentUser user, String applicationId, String recipientId,
                                          RecipientProofRequest r) {
        Instant now = clock.instant();
        writes.update(user, FundingRecords.APPLICATION, FundingRecords.id(applicationId, "Application"),
                        "RECIPIENT_PROOF")
                .check(before -> RecipientRules.checkProof(r, before, recipient(before.id(), recipientId)))
                .expectVersion(r.version())
                .event("RECIPIENT_PROOF_SUBMITTED",
                        (before, after) -> FundingPayloads.application("RECIPIENT_PROOF_SUBMITTED", after))
                .apply((c, before) -> {
                    RecipientStore.proof(c, recipientId, FundingMath.cents(r.actualCosts()), r.report().trim(), now);
                    ApplicationStore.update(c, before);
                });
        return recipient(applicationId, recipientId);
    }

    /** A recipient of the application; 404 when the application has no such recipient. */
    private Recipient recipient(String applicationId, String recipientId) {
        return database.read(c -> RecipientStore.load(c, applicationId, recipientId)).orElseThrow(() ->
                NotFoundException.of("problem.notFound", ConflictException.entity("Recipient"), recipientId));
    }

    @Override
    public Page<LedgerEntry> ledger(CurrentUser user, String programmeId, String applicationId, String municipality,
                                    LedgerKind kind, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("programme_id", programmeId).eq("application_id", applicationId)
                .eq("municipality", municipality).eq("kind", kind);
        if (!user.seesAll()) {
            where.in("municipality", user.municipalities());
        }
        return database.read(c -> LedgerStore.page(c, where, page));
    }
}
