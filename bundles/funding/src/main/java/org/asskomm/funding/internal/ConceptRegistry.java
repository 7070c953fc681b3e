package org.asskomm.funding.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationService;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Concept;
import org.asskomm.funding.api.ConceptGuidance;
import org.asskomm.funding.api.ConceptRequest;
import org.asskomm.funding.api.ConceptService;
import org.asskomm.funding.api.ConceptStep;
import org.asskomm.funding.api.KnownActionFields;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.VersionRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.i18n.Translations;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The project concepts. A save is a change of the application (its version grows, an event tells) and adds a
 * revision; revisions are never changed, so the concept an application was submitted with stays readable.
 */
@Component(service = ConceptService.class)
public class ConceptRegistry implements ConceptService {

    private final Database database;
    private final Writes writes;
    private final ApplicationService applications;
    private final MunicipalityDirectory municipalities;
    private final Translations translations;
    private final Clock clock;

    @Activate
    public ConceptRegistry(@Reference Database database,
                           @Reference(target = "(asskomm.module=funding)") ModuleSchema schema,
                           @Reference Writes writes, @Reference ApplicationService applications,
                           @Reference MunicipalityDirectory municipalities, @Reference Translations translations) {
        this(database, writes, applications, municipalities, translations, Clock.systemDefaultZone());
    }

    ConceptRegistry(Database database, Writes writes, ApplicationService applications,
                    MunicipalityDirectory municipalities, Translations translations, Clock clock) {
        this.database = database;
        this.writes = writes;
        this.applications = applications;
        this.municipalities = municipalities;
        this.translations = translations;
        this.clock = clock;
    }

    @Override
    public Concept saveConcept(CurrentUser user, String applicationId, ConceptRequest r) {
        Instant now = clock.instant();
        writes.update(user, FundingRecords.APPLICATION, FundingRecords.id(applicationId, "Application"), "CONCEPT")
                .check(before -> {
                    ConceptRules.checkRequest(r);
                    ApplicationRules.requireStatus(before, "funding.action.concept", ApplicationStatus.DRAFT);
                })
                .expectVersion(r.version())
                .event("CONCEPT_SAVED", (before, after) -> FundingPayloads.application("CONCEPT_SAVED", after))
                .apply((c, before) -> {
                    int revision = ConceptStore.latestRevision(c, before.id()) + 1;
                    String startedFrom = revision == 1 ? null
                            : ConceptStore.load(c, before.id(), null).orElseThrow().startedFrom();
                    ConceptStore.insert(c, before.id(), revision, clean(r.steps()), indicators(r), startedFrom, now,
                            user.name());
                    ApplicationStore.update(c, before);   // the concept is part of the application: version + 1
                });
        return concept(user, applicationId, null);
    }

    @Override
    public Concept startFromAnalysis(CurrentUser user, String applicationId, VersionRequest request) {
        Integer version = request == null ? null : request.version();
        Instant now = clock.instant();
        writes.update(user, FundingRecords.APPLICATION, FundingRecords.id(applicationId, "Application"),
                        "CONCEPT_FROM_ANALYSIS")
                .check(before -> {
                    new Validator().required("version", version).throwIfInvalid();
                    ApplicationRules.requireStatus(before, "funding.action.concept", ApplicationStatus.DRAFT);
                })
                .expectVersion(version)
                .event("CONCEPT_SAVED", (before, after) -> FundingPayloads.application("CONCEPT_SAVED", after))
                .apply((c, before) -> {
                    if (ConceptStore.latestRevision(c, before.id()) > 0) {
                        throw ConflictException.of("funding.concept.exists", before.title());
                    }
                    KnownActionFields published = ConceptStore.actionFields(c, before.municipality()).stream()
                            .findFirst().orElseThrow(() -> ConflictException.of("funding.concept.noActionFields",
                                    before.municipalityName()));
                    ConceptStore.insert(c, before.id(), 1, fromAnalysis(published), List.of(),
                            Message.of("funding.concept.fromAnalysis", published.publishedOn()).stored(), now,
                            user.name());
                    ApplicationStore.update(c, before);
                });
        return concept(user, applicationId, null);
    }

    /** The problem step names the published action fields; the goals step lists one line per field to fill in. */
    private Concept.Steps fromAnalysis(KnownActionFields published) {
        var german = translations.texts(Locale.GERMANY);
        StringBuilder fields = new StringBuilder();
        for (int i = 0; i < published.actionFields().size(); i++) {
            fields.append(i + 1).append(". ").append(published.actionFields().get(i)).append('\n');
        }
        String problem = german.text(Message.of("funding.concept.analysisProblem", published.publishedOn()))
                + "\n" + fields.toString().strip();
        String goals = german.text(Message.of("funding.concept.analysisGoals")) + "\n" + fields.toString().strip();
        return new Concept.Steps(problem, null, goals, null, null, null, null);
    }

    @Override
    public Concept concept(CurrentUser user, String applicationId, Integer revision) {
        Application a = applications.application(user, applicationId);   // 404 unless the user may see it
        if (revision == null && database.read(c -> ConceptStore.latestRevision(c, applicationId)) == 0) {
            // not started yet: the empty concept (revision 0) with every step still to write
            return ConceptRules.checked(new Concept(a.id(), 0, new Concept.Steps(null, null, null, null, null, null,
                    null), List.of(), null, List.of(), false, null, null));
        }
        return database.read(c -> ConceptStore.load(c, applicationId, revision)).map(ConceptRules::checked)
                .orElseThrow(() -> NotFoundException.of("problem.notFound", Message.of("entity.Concept"),
                        applicationId + (revision == null ? "" : " #" + revision)));
    }

    @Override
    public List<Concept> revisions(CurrentUser user, String applicationId) {
        applications.application(user, applicationId);
        return database.read(c -> ConceptStore.all(c, applicationId)).stream().map(ConceptRules::checked).toList();
    }

    @Override
    public byte[] pdf(CurrentUser user, String applicationId) {
        Concept concept = concept(user, applicationId, null);
        Application a = applications.application(user, applicationId);
        Programme programme = database.read(c -> ProgrammeStore.load(c, a.programmeId())).orElseThrow();
        return ConceptPdf.render(translations.texts(Locale.GERMANY), a, programme, concept);
    }

    @Override
    public List<ConceptGuidance> guidance() {
        return ConceptRules.guidance(Message::stored);
    }

    @Override
    public List<KnownActionFields> actionFields(CurrentUser user, String municipality) {
        municipalities.require("municipality", municipality);
        user.requireRead(municipality);
        return database.read(c -> ConceptStore.actionFields(c, municipality));
    }

    private static Concept.Steps clean(Concept.Steps s) {
        String[] texts = new String[ConceptStep.values().length];
        for (ConceptStep step : ConceptStep.values()) {
            texts[step.ordinal()] = ProgrammeRules.blankToNull(s.of(step));
        }
        return new Concept.Steps(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6]);
    }

    private static List<Concept.Indicator> indicators(ConceptRequest r) {
        return r.indicators() == null ? List.of() : r.indicators().stream().map(k -> new Concept.Indicator(
                k.goal().trim(), k.name().trim(), ProgrammeRules.blankToNull(k.unit()),
                k.target() == null ? null : FundingMath.cents(k.target()))).toList();
    }
}
