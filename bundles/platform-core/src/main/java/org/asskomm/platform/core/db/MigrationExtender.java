package org.asskomm.platform.core.db;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import org.asskomm.platform.api.persistence.ModuleSchema;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema-migration extender (docs/decisions/0002-migrations.md): when a bundle with {@code db/<moduleId>/V*.sql}
 * starts, it applies the pending scripts, then registers the module's {@link ModuleSchema} as a service with
 * {@code asskomm.module=<moduleId>}. Module components reference that service, so they activate only after their
 * migration, wait (unsatisfied, no error) while the platform is absent, and stay inactive after a failed migration,
 * which {@code SchemaMigrations.schemas()} reports. The core's own {@code db/platform} goes first, before the
 * tracker opens, since any module may rely on the platform tables.
 */
// the ModuleSchema services are registered by hand, which bnd cannot see: declared so that the feature resolver
// finds a provider for the modules' references
@Capability(namespace = "osgi.service",
        attribute = "objectClass:List<String>=org.asskomm.platform.api.persistence.ModuleSchema",
        uses = ModuleSchema.class)
@Component(immediate = true)
public class MigrationExtender implements BundleTrackerCustomizer<List<ServiceRegistration<ModuleSchema>>> {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationExtender.class);

    private final JdbcSchemaMigrations migrations;
    private final BundleContext context;
    private final List<ServiceRegistration<ModuleSchema>> own;
    private final BundleTracker<List<ServiceRegistration<ModuleSchema>>> tracker;

    @Activate
    public MigrationExtender(@Reference JdbcSchemaMigrations migrations, BundleContext context) {
        this.migrations = migrations;
        this.context = context;
        this.own = migrateAndOffer(context.getBundle());
        // STARTING as well as ACTIVE: the migration runs in the bundle's start, before SCR activates its components
        // (and lazily activated bundles stay STARTING); ACTIVE catches the bundles started before the platform
        this.tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        unregister(own);
    }

    @Override
    public List<ServiceRegistration<ModuleSchema>> addingBundle(Bundle bundle, BundleEvent event) {
        if (bundle.getBundleId() == context.getBundle().getBundleId()) {
            return null; // migrated in the constructor, first
        }
        // a bundle without scripts is not tracked; one whose migration failed is (an empty list), so that
        // STARTING -> ACTIVE does not retry it: the next attempt is the bundle's next start (a fixed bundle, a restart)
        return migrateAndOffer(bundle);
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<ModuleSchema>> regs) {
        // STARTING -> ACTIVE: nothing new to migrate
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, List<ServiceRegistration<ModuleSchema>> regs) {
        unregister(regs);
    }

    /** Null when the bundle has no scripts; otherwise the services of the modules whose migration succeeded. */
    private List<ServiceRegistration<ModuleSchema>> migrateAndOffer(Bundle bundle) {
        Map<String, List<SqlScript>> scripts;
        try {
            scripts = MigrationScripts.inBundle(bundle);
        } catch (RuntimeException e) {
            LOG.error("Cannot read the migration scripts of bundle {}: {}", bundle.getSymbolicName(), e.getMessage());
            return null;
        }
        if (scripts.isEmpty()) {
            return null;
        }
        List<ServiceRegistration<ModuleSchema>> registrations = new ArrayList<>();
        scripts.forEach((moduleId, moduleScripts) -> {
            ModuleSchema schema;
            try {
                schema = migrations.migrate(moduleId, moduleScripts);
            } catch (RuntimeException e) {
                return; // logged and remembered by the runner; no service, so the module's components stay inactive
            }
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(ModuleSchema.MODULE_PROPERTY, moduleId);
            properties.put(ModuleSchema.VERSION_PROPERTY, schema.version());
            properties.put("asskomm.bundle", bundle.getSymbolicName());
            registrations.add(context.registerService(ModuleSchema.class, schema, properties));
        });
        return registrations;
    }

    private static void unregister(List<ServiceRegistration<ModuleSchema>> registrations) {
        if (registrations == null) {
            return;
        }
        for (ServiceRegistration<ModuleSchema> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the platform bundle's stop
            }
        }
    }
}
