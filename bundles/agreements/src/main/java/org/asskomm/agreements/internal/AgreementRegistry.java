package org.asskomm.agreements.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.asskomm.agreements.api.Agreement;
import org.asskomm.agreements.api.AgreementDraft;
import org.asskomm.agreements.api.AgreementEvents;
import org.asskomm.agreements.api.AgreementQuery;
import org.asskomm.agreements.api.AgreementService;
import org.asskomm.agreements.api.AgreementStatistics;
import org.asskomm.agreements.api.AgreementStatus;
import org.asskomm.agreements.api.AgreementSummary;
import org.asskomm.agreements.api.Amendment;
import org.asskomm.agreements.api.DocumentInfo;
import org.asskomm.agreements.api.Milestone;
import org.asskomm.agreements.api.MilestoneType;
import org.asskomm.agreements.api.Transition;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The cooperation-agreement registry: rights, rules, one transaction per request, audit, events. */
@Component(service = AgreementService.class)
public class AgreementRegistry implements AgreementService {

    static final String ENTITY = "Agreement";

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;
    private final Clock clock;
    private final AgreementStore store = new AgreementStore();
    /** Loaded under the row lock, so that the rules judge the state the change is applied to. */
    private final Entity<Agreement> agreement = Entity.<Agreement>of(AgreementsModule.ID, ENTITY,
                    (c, id) -> store.lock(c, id).isPresent() ? store.load(c, id) : Optional.empty(),
                    Agreement::municipality)
            .versioned(Agreement::version).readableWhen(AgreementRegistry::maySee);

    @Activate
    public AgreementRegistry(@Reference Database database,
                             @Reference(target = "(asskomm.module=agreements)") ModuleSchema schema,
                             @Reference MunicipalityDirectory municipalities, @Reference Writes writes) {
        this(database, schema, municipalities, writes, Clock.systemDefaultZone());
    }

    AgreementRegistry(Database database, ModuleSchema schema, MunicipalityDirectory municipalities, Writes writes,
                      Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public Agreement create(CurrentUser user, AgreementDraft draft) {
        user.requireAuthenticated();
        AgreementRules.validate(draft, this::known);
        AgreementRules.checkFirstContact(draft, LocalDate.now(clock));
        LocalDate firstContact = draft.firstContactOn() == null ? LocalDate.now(clock) : draft.firstContactOn();
        return writes.create(user, agreement, draft.municipality(), "CREATE")
                .event(AgreementEvents.AGREEMENT_CREATED, (before, after) -> AgreementPayloads.created(after)).apply((c, id) -> {
            store.insert(c, id, draft, AgreementStatus.FIRST_CONTACT, clock.instant());
            store.addHistory(c, id, AgreementStatus.FIRST_CONTACT, firstContact, user.name());
        });
    }

    @Override
    public Agreement get(CurrentUser user, UUID id) {
        Agreement a = database.inTransaction(c -> store.load(c, id)).orElseThrow(() -> notFound(id));
        if (!maySee(user, a)) {
            throw notFound(id);
        }
        return a;
    }

    /** Others' agreements are "not found": their existence is none of the caller's business. */
    private static boolean maySee(CurrentUser user, Agreement a) {
        return user.mayRead(a.municipality())
                || user.isPolice() && a.parties().stream().anyMatch(p -> p.type() == org.asskomm.agreements.api.PartyType.POLICE);
    }

    @Override
    public Page<AgreementSummary> list(CurrentUser user, AgreementQuery query, PageRequest page) {
        user.requireAuthenticated();
        Collection<String> district = query.district() == null || query.district().isBlank() ? null
                : municipalities.search(query.district(), null, new PageRequest(0, PageRequest.MAX_LIMIT)).items()
                        .stream().map(Municipality::ags).toList();
        return database.inTransaction(c -> store.list(c, user, query, district, page));
    }

    @Override
    public Agreement update(CurrentUser user, UUID id, AgreementDraft draft) {
        return writes.update(user, agreement, id, "UPDATE").check(before -> {
            AgreementRules.validate(draft, this::known);
            new Validator().required("version", draft.version()).throwIfInvalid();
            if (!before.municipality().equals(draft.municipality())) {
                throw ConflictException.of("agreements.agreement.municipalityFixed");
            }
            if (before.status().isSigned() && partiesChanged(before, draft)) {
                throw ConflictException.of("agreements.agreement.partiesFixed", before.status());
            }
        }).expectVersion(draft == null ? null : draft.version())
                .apply((c, before) -> store.update(c, id, draft, partiesChanged(before, draft), clock.instant()));
    }

    private static boolean partiesChanged(Agreement before, AgreementDraft draft) {
        return !before.parties().equals(draft.parties());
    }

    @Override
    public Agreement transition(CurrentUser user, UUID id, Transition t) {
        LocalDate on = t.date() == null ? LocalDate.now(clock) : t.date();
        String action = String.valueOf(t.to()); // a missing status fails the rules' check before anything is written
        return writes.update(user, agreement, id, action)
                .check(before -> AgreementRules.checkTransition(before.status(), t, before.parties(), LocalDate.now(clock)))
                .expectVersion(t.version())
                .event(action, (before, after) -> AgreementPayloads.reached(before, after, on))
                .apply((c, before) -> store.changeStatus(c, id, t.to(), on, t.place(), t.version(), user.name(),
                        clock.instant()));
    }

    @Override
    public Agreement addMilestone(CurrentUser user, UUID id, Milestone m) {
        return writes.update(user, agreement, id, "MILESTONE_" + m.type()).check(before -> {
            new Validator().required("type", m.type()).required("on", m.on()).maxLength("note", m.note(), 2000)
                    .rule(m.on() == null || !m.on().isAfter(LocalDate.now(clock)), "on", "validation.notInFuture")
                    .throwIfInvalid();
            if (m.type() == MilestoneType.COACHING_STARTED && before.status() == AgreementStatus.FIRST_CONTACT) {
                throw ConflictException.of("agreements.agreement.coachingTooEarly");
            }
        }).apply((c, before) -> {
            store.addMilestone(c, id, m);
            store.touch(c, id, clock.instant());
        });
    }

    @Override
    public Agreement amend(CurrentUser user, UUID id, Amendment amendment) {
        Amendment recorded = new Amendment(UUID.randomUUID(), amendment.on(), amendment.description());
        return writes.update(user, agreement, id, "AMEND").check(before -> {
            new Validator().required("on", amendment.on()).text("description", amendment.description(), 4000)
                    .throwIfInvalid();
            if (!before.status().isSigned()) {
                throw ConflictException.of("agreements.agreement.amendUnsigned");
            }
        }).apply((c, before) -> {
            store.addAmendment(c, id, recorded, user.name(), clock.instant());
            store.touch(c, id, clock.instant());
        });
    }

    @Override
    public DocumentInfo attach(CurrentUser user, UUID id, String filename, byte[] content) {
        UUID documentId = UUID.randomUUID();
        // the type is detected inside the change, i.e. after the right is checked: a refused caller learns nothing
        Agreement after = writes.update(user, agreement, id, "ATTACH").apply((c, before) -> {
            DocumentInfo info = new DocumentInfo(documentId, DocumentTypes.safeFilename(filename),
                    DocumentTypes.detect(content), content.length, sha256(content), clock.instant());
            store.addDocument(c, id, info, content, user.name());
            store.touch(c, id, clock.instant());
        });
        return after.documents().stream().filter(d -> d.id().equals(documentId)).findFirst().orElseThrow();
    }

    @Override
    public Optional<byte[]> document(CurrentUser user, UUID id, UUID documentId) {
        get(user, id);
        return database.inTransaction(c -> store.documentContent(c, id, documentId));
    }

    @Override
    public AgreementStatistics statistics(Integer year) {
        List<AgreementStore.Fact> advised = database.inTransaction(store::advised);
        List<AgreementStore.Fact> signed = database.inTransaction(store::signed);
        Set<String> advisedKeys = keys(advised, year);
        Set<String> signedKeys = keys(signed, year);
        // one registry query for all districts instead of one lookup per municipality
        Map<String, String> districtOf = municipalities.search(null, null, new PageRequest(0, PageRequest.MAX_LIMIT))
                .items().stream().collect(Collectors.toMap(Municipality::ags, Municipality::district));
        Map<String, long[]> byDistrict = new TreeMap<>();
        districtOf.values().forEach(d -> byDistrict.putIfAbsent(d, new long[2]));
        advisedKeys.stream().map(districtOf::get).filter(java.util.Objects::nonNull).forEach(d -> byDistrict.get(d)[0]++);
        signedKeys.stream().map(districtOf::get).filter(java.util.Objects::nonNull).forEach(d -> byDistrict.get(d)[1]++);
        Map<Integer, long[]> byYear = new TreeMap<>();
        advised.forEach(f -> byYear.computeIfAbsent(f.year(), k -> new long[2])[0]++);
        signed.forEach(f -> byYear.computeIfAbsent(f.year(), k -> new long[2])[1]++);
        return new AgreementStatistics(advisedKeys.size(), signedKeys.size(),
                byDistrict.entrySet().stream().map(e -> new AgreementStatistics.DistrictFigures(e.getKey(),
                        e.getValue()[0], e.getValue()[1])).toList(),
                byYear.entrySet().stream().filter(e -> year == null || e.getKey().equals(year))
                        .map(e -> new AgreementStatistics.YearFigures(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
    }

    private static Set<String> keys(List<AgreementStore.Fact> facts, Integer year) {
        return facts.stream().filter(f -> year == null || f.year() == year)
                .map(AgreementStore.Fact::municipality).collect(Collectors.toSet());
    }


    private boolean known(String ags) {
        return municipalities.find(ags).isPresent();
    }

    private static NotFoundException notFound(UUID id) {
        return NotFoundException.of("agreements.agreement.notFound", id);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
