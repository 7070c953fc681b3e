package ${package}.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.Topics;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.Validator;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import ${package}.api.Measure;
import ${package}.api.MeasureDraft;
import ${package}.api.MeasureService;
import ${package}.api.MeasureStatus;
import ${package}.api.MeasureTransition;

/**
 * The rules: every write checks rights and enablement first, validates, writes and audits in one
 * transaction, and posts its event after the commit.
 */
@Component(service = MeasureService.class)
public class MeasureRegistry implements MeasureService {

    static final String ENTITY = "Measure";

    private final Database database;
    private final MunicipalityDirectory municipalities;
    private final ModuleEnablement enablement;
    private final AuditLog audit;
    private final EventAdmin events;

    /**
     * The schema reference makes this component wait until the platform has applied {@code db/${moduleId}/} (it does
     * so when this bundle starts); after a failed migration the component stays inactive, and the health endpoint
     * says why.
     */
    @Activate
    public MeasureRegistry(@Reference Database database,
                           @Reference(target = "(asskomm.module=${moduleId})") ModuleSchema schema,
                           @Reference MunicipalityDirectory municipalities, @Reference ModuleEnablement enablement,
                           @Reference AuditLog audit, @Reference EventAdmin events) {
        this.database = database;
        this.municipalities = municipalities;
        this.enablement = enablement;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public Measure create(CurrentUser user, MeasureDraft draft) {
        new Validator().required("municipality", draft.municipality())
                .check(draft.municipality() == null || municipalities.find(draft.municipality()).isPresent(),
                        "municipality", "unknown municipality " + draft.municipality())
                .throwIfInvalid();
        enablement.checkWrite(user, PluginModule.ID, draft.municipality());
        new Validator().notBlank("title", draft.title()).maxLength("title", draft.title(), 200).throwIfInvalid();
        Measure measure = new Measure(UUID.randomUUID(), draft.municipality(), draft.title().strip(),
                MeasureStatus.PLANNED, Instant.now().truncatedTo(ChronoUnit.MILLIS), 1);
        database.inTransaction(c -> {
            MeasureStore.insert(c, measure);
            audit.record(c, user, auditEvent(measure, "CREATE"), null, measure);
            return null;
        });
        events.postEvent(Topics.event(PluginModule.ID, ENTITY, "CREATED", measure.municipality(), measure.id(), user));
        return measure;
    }

    @Override
    public Measure get(CurrentUser user, UUID id) {
        return database.inTransaction(c -> MeasureStore.find(c, id))
                .filter(m -> user.mayRead(m.municipality()))
                .orElseThrow(() -> new NotFoundException("No measure " + id + "."));
    }

    @Override
    public Page<Measure> list(CurrentUser user, String municipality, MeasureStatus status, PageRequest page) {
        user.requireAuthenticated();
        return database.inTransaction(c -> MeasureStore.page(c, municipality, status,
                user.seesAll() ? null : user.municipalities(), page));
    }

    @Override
    public Measure transition(CurrentUser user, UUID id, MeasureTransition transition) {
        Measure before = get(user, id);
        enablement.checkWrite(user, PluginModule.ID, before.municipality());
        new Validator().required("status", transition.status()).required("version", transition.version())
                .throwIfInvalid();
        if (!before.status().next().contains(transition.status())) {
            throw new ConflictException("Measure " + id + " is " + before.status() + " and cannot become "
                    + transition.status() + "; allowed: " + before.status().next() + ".");
        }
        Measure after = database.inTransaction(c -> {
            MeasureStore.updateStatus(c, id, transition.status(), transition.version());
            Measure updated = MeasureStore.find(c, id).orElseThrow();
            audit.record(c, user, auditEvent(updated, transition.status().name()), before, updated);
            return updated;
        });
        events.postEvent(Topics.event(PluginModule.ID, ENTITY, transition.status().name(), after.municipality(),
                id, user, Map.of("previous", before.status().name())));
        return after;
    }

    private static AuditEvent auditEvent(Measure m, String action) {
        return new AuditEvent(PluginModule.ID, ENTITY, m.id().toString(), action, m.municipality());
    }
}
