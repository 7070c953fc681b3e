package org.asskomm.analysis.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.asskomm.analysis.api.AnalysisEvents;
import org.asskomm.analysis.api.Analysis;
import org.asskomm.analysis.api.AnalysisChange;
import org.asskomm.analysis.api.AnalysisDraft;
import org.asskomm.analysis.api.AnalysisPhase;
import org.asskomm.analysis.api.AnalysisService;
import org.asskomm.analysis.api.AnalysisStatus;
import org.asskomm.analysis.api.PhaseChange;
import org.asskomm.analysis.api.PhaseStatus;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.i18n.Message;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Analysis projects of municipalities, with their six phases. Owns the module's schema. */
@Component(service = AnalysisService.class)
public class AnalysisRegistry implements AnalysisService {

    static final Entity<Analysis> ANALYSIS = Entity.of(AnalysisModule.ID, "Analysis", AnalysisStore::lock,
            Analysis::municipality).versioned(Analysis::version);

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;
    private final Clock clock;

    @Activate
    public AnalysisRegistry(@Reference Database database,
                            @Reference(target = "(asskomm.module=analysis)") ModuleSchema schema,
                            @Reference MunicipalityDirectory municipalities, @Reference Writes writes) {
        this(database, municipalities, writes, Clock.systemDefaultZone());
    }

    AnalysisRegistry(Database database, MunicipalityDirectory municipalities, Writes writes, Clock clock) {
        this.database = database;
        this.municipalities = municipalities;
        this.writes = writes;
        this.clock = clock;
    }

    @Override
    public Analysis create(CurrentUser user, AnalysisDraft d) {
        user.requireAuthenticated();
        new Validator().notBlank("municipality", d.municipality())
                .rule(d.municipality() == null || municipalities.find(d.municipality()).isPresent(), "municipality",
                        "validation.unknownMunicipality", d.municipality())
                .text("title", d.title(), 200).maxLength("responsible", d.responsible(), 200).throwIfInvalid();
        return writes.create(user, ANALYSIS, d.municipality(), "CREATE")
                .event(AnalysisEvents.ANALYSIS_CREATED)
                .apply((c, id) -> AnalysisStore.insert(c, id, d, clock.instant()));
    }

    @Override
    public Analysis get(CurrentUser user, UUID id) {
        user.requireAuthenticated();
        return database.read(c -> AnalysisStore.find(c, id)).filter(a -> user.mayRead(a.municipality()))
                .orElseThrow(() -> NotFoundException.of("analysis.analysis.notFound", id));
    }

    @Override
    public Page<Analysis> list(CurrentUser user, String municipality, AnalysisStatus status, PageRequest page) {
        user.requireAuthenticated();
        Where where = new Where().eq("municipality", municipality).eq("status", status);
        if (!user.seesAll()) {
            where.in("municipality", user.municipalities());
        }
        return database.read(c -> {
            Page<String> ids = Sql.page(c, "id", "analysis_project", where, "created_at DESC, id", page,
                    rs -> rs.getString(1));
            List<Analysis> items = new ArrayList<>();
            for (String id : ids.items()) {
                items.add(AnalysisStore.find(c, UUID.fromString(id)).orElseThrow());
            }
            return new Page<>(items, ids.total(), ids.offset(), ids.limit());
        });
    }

    @Override
    public Analysis update(CurrentUser user, UUID id, AnalysisChange change) {
        return writes.update(user, ANALYSIS, id, "UPDATE")
                .check(before -> {   // after the pipeline's 404/403: others learn nothing from a validation error
                    new Validator().text("title", change.title(), 200)
                            .maxLength("responsible", change.responsible(), 200).required("status", change.status())
                            .required("version", change.version()).throwIfInvalid();
                    if (before.status() == AnalysisStatus.CANCELLED && change.status() != AnalysisStatus.CANCELLED) {
                        throw ConflictException.of("analysis.analysis.cancelled", change.status());
                    }
                })
                .expectVersion(change.version())
                .event(AnalysisEvents.ANALYSIS_UPDATED, (before, after) -> Map.of("status", after.status().name()))
                .apply((c, before) -> AnalysisStore.update(c, id, change.title().trim(), change.responsible(),
                        change.status()));
    }

    @Override
    public Analysis changePhase(CurrentUser user, UUID id, AnalysisPhase phase, PhaseChange p) {
        return writes.update(user, ANALYSIS, id, "PHASE_" + phase.name())
                .check(before -> {
                    validate(p);
                    if (before.status() == AnalysisStatus.CANCELLED || before.status() == AnalysisStatus.COMPLETED) {
                        throw ConflictException.of("analysis.analysis.phasesClosed", before.status());
                    }
                })
                .expectVersion(p.version())
                .event(AnalysisEvents.ANALYSIS_PHASE_CHANGED, (before, after) -> Map.of("phase", phase.name(), "status", p.status().name()))
                .apply((c, before) -> {
                    AnalysisStore.updatePhase(c, id, phase, p);
                    AnalysisStatus status = before.status() == AnalysisStatus.PLANNED
                            && p.status() != PhaseStatus.OPEN ? AnalysisStatus.RUNNING : before.status();
                    AnalysisStore.update(c, id, before.title(), before.responsible(), status);
                });
    }

    private static void validate(PhaseChange p) {
        new Validator().required("status", p.status()).required("version", p.version())
                .maxLength("responsible", p.responsible(), 200)
                .rule(p.plannedStart() == null || p.plannedEnd() == null || !p.plannedEnd().isBefore(p.plannedStart()),
                        "plannedEnd", "validation.notBefore", Message.field("plannedStart"))
                .rule(p.actualStart() == null || p.actualEnd() == null || !p.actualEnd().isBefore(p.actualStart()),
                        "actualEnd", "validation.notBefore", Message.field("actualStart"))
                .rule(p.actualEnd() == null || p.status() == PhaseStatus.DONE, "actualEnd",
                        "analysis.phase.actualEndNotDone")
                .throwIfInvalid();
    }
}
