package ${package}.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ${package}.api.Measure;
import ${package}.api.MeasureDraft;
import ${package}.api.MeasureService;
import ${package}.api.MeasureStatus;
import ${package}.api.MeasureTransition;

/**
 * The rules. Every write goes through the platform's write pipeline ({@link Writes}): it checks the right (the user
 * may act for the measure's municipality, which has enabled this plugin), runs one transaction, loads the measure
 * before and after, audits both and posts the event after the commit. This class only says what changes.
 */
@Component(service = MeasureService.class)
public class MeasureRegistry implements MeasureService {

    /**
     * SLF4J, as everywhere in the platform: the lines land in {@code data/log/karaf.log} ({@code log:tail} in the Karaf
     * shell; {@code log:set DEBUG ${package}} for the debug lines). Log ids and states, never personal data: who
     * changed what is in the audit log already.
     */
    private static final Logger LOG = LoggerFactory.getLogger(MeasureRegistry.class);

    /** What the pipeline needs to know about a measure: how to load it, whose it is, its version. */
    static final Entity<Measure> MEASURE = Entity.of(PluginModule.ID, "Measure", MeasureStore::find,
            Measure::municipality).versioned(Measure::version);

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final Writes writes;

    /**
     * The schema reference makes this component wait until the platform has applied {@code db/${moduleId}/} (it does
     * so when this bundle starts); after a failed migration the component stays inactive, and the health endpoint
     * says why.
     */
    @Activate
    public MeasureRegistry(@Reference Database database,
                           @Reference(target = "(asskomm.module=${moduleId})") ModuleSchema schema,
                           @Reference MunicipalityDirectory municipalities, @Reference Writes writes) {
        this.database = database;
        this.municipalities = municipalities;
        this.writes = writes;
    }

    @Override
    public Measure create(CurrentUser user, MeasureDraft draft) {
        new Validator().required("municipality", draft.municipality())
                .check(draft.municipality() == null || municipalities.find(draft.municipality()).isPresent(),
                        "municipality", "unknown municipality " + draft.municipality())
                .notBlank("title", draft.title()).maxLength("title", draft.title(), 200)
                .throwIfInvalid();
        Measure created = writes.create(user, MEASURE, draft.municipality(), "CREATE").event("CREATED")
                .apply((c, id) -> MeasureStore.insert(c, new Measure(id, draft.municipality(), draft.title().strip(),
                        MeasureStatus.PLANNED, Instant.now().truncatedTo(ChronoUnit.MILLIS), 1)));
        LOG.info("Measure {} created for municipality {}", created.id(), created.municipality());
        return created;
    }

    @Override
    public Measure get(CurrentUser user, UUID id) {
        return database.read(c -> MeasureStore.find(c, id))
                .filter(m -> user.mayRead(m.municipality()))
                .orElseThrow(() -> new NotFoundException("No measure " + id + "."));
    }

    @Override
    public Page<Measure> list(CurrentUser user, String municipality, MeasureStatus status, PageRequest page) {
        user.requireAuthenticated();
        return database.read(c -> MeasureStore.page(c, municipality, status,
                user.seesAll() ? null : user.municipalities(), page));
    }

    @Override
    public Measure transition(CurrentUser user, UUID id, MeasureTransition transition) {
        MeasureStatus to = transition.status();
        LOG.debug("Measure {}: to {} at version {}", id, to, transition.version());
        return writes.update(user, MEASURE, id, String.valueOf(to))
                .check(before -> {
                    new Validator().required("status", to).required("version", transition.version()).throwIfInvalid();
                    if (!before.status().next().contains(to)) {
                        throw new ConflictException("Measure " + id + " is " + before.status() + " and cannot become "
                                + to + "; allowed: " + before.status().next() + ".");
                    }
                })
                .expectVersion(transition.version())
                .event(String.valueOf(to), (before, after) -> Map.of("previous", before.status().name()))
                .apply((c, before) -> MeasureStore.updateStatus(c, id, to, transition.version()));
    }
}
