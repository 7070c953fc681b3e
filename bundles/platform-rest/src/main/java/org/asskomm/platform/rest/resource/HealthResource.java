package org.asskomm.platform.rest.resource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.Users;
import javax.ws.rs.core.Response;

import org.asskomm.platform.api.Modules;
import org.asskomm.platform.api.MunicipalityDirectory;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.SchemaMigrations;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.rest.internal.PlatformResource;
import org.asskomm.platform.rest.internal.SecurityPosture;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Health check for load balancers and monitoring, anonymous for the status only. {@code UP} (200) when the database answers and every
 * module's schema is up to date; {@code DEGRADED} (still 200: the node serves every other module, and all nodes of
 * one release would fail alike, so taking it out of a load balancer helps nobody) when a module's migration failed;
 * {@code DOWN} (503) when the database does not answer.
 */
@Component(service = HealthResource.class)
@PlatformResource
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    public record DatabaseHealth(String status, String product, Long latencyMillis, String error) {
    }

    /** One module: its schema version and UP, or FAILED with the migration error (the module is then not serving). */
    public record ModuleHealth(String id, int schemaVersion, String status, String error) {
    }

    /** {@code warnings}: what the operator must fix, e.g. the shipped default password (empty when none). */
    public record Health(String status, String version, DatabaseHealth database, List<ModuleHealth> modules,
            List<String> warnings) {
    }

    private final Database database;
    private final Modules modules;
    private final SchemaMigrations migrations;
    private final SecurityPosture security;

    /**
     * {@code directory}: not read here, but the platform serves nothing useful before its municipal directory is
     * loaded (the first start seeds it), so health is not served before the directory's own resources are.
     */
    @Activate
    public HealthResource(@Reference Database database, @Reference Modules modules,
            @Reference SchemaMigrations migrations, @Reference SecurityPosture security,
            @Reference MunicipalityDirectory directory) {
        this.database = database;
        this.modules = modules;
        this.migrations = migrations;
        this.security = security;
    }

    /**
     * Everyone gets the status (a load balancer needs nothing more); the details (version, database product,
     * module schema versions, warnings such as the default password) only LPR admins and the role
     * {@code monitoring}: they tell an attacker what to try.
     */
    @GET
    @Anonymous
    @Doc(value = "Health of the platform, database and modules (503 when down)", id = "health")
    public Response health(@Context SecurityContext securityContext) {
        DatabaseHealth db = checkDatabase();
        boolean up = db.status().equals("UP");
        List<ModuleHealth> moduleHealth = up ? moduleHealth() : List.of();
        boolean degraded = moduleHealth.stream().anyMatch(m -> m.error() != null);
        Health health = new Health(!up ? "DOWN" : degraded ? "DEGRADED" : "UP",
                FrameworkUtil.getBundle(HealthResource.class).getVersion().toString(), db, moduleHealth,
                security.warnings());
        CurrentUser user = Users.current(securityContext);
        boolean details = user.isLprAdmin() || user.roles().contains(MetricsResource.MONITORING);
        return Response.status(up ? 200 : 503)
                .entity(details ? health : new Health(health.status(), null, null, null, null)).build();
    }

    /** Installed modules plus any module whose migration failed (its descriptor may never have registered). */
    private List<ModuleHealth> moduleHealth() {
        Map<String, ModuleSchema> schemas = new HashMap<>();
        migrations.schemas().forEach(s -> schemas.put(s.moduleId(), s));
        Set<String> ids = new TreeSet<>();
        modules.installed().forEach(m -> ids.add(m.id()));
        schemas.values().stream().filter(ModuleSchema::failed).forEach(s -> ids.add(s.moduleId()));
        return ids.stream().map(id -> {
            ModuleSchema schema = schemas.getOrDefault(id, new ModuleSchema(id, 0, null));
            return new ModuleHealth(id, schema.version(), schema.failed() ? "FAILED" : "UP", schema.error());
        }).toList();
    }

    private DatabaseHealth checkDatabase() {
        long start = System.nanoTime();
        try {
            database.inTransaction(c -> Sql.count(c, "SELECT 1"));
            long micros = (System.nanoTime() - start) / 1000;
            return new DatabaseHealth("UP", database.dialect().name(), Math.max(1, micros / 1000), null);
        } catch (RuntimeException e) {
            return new DatabaseHealth("DOWN", null, null, e.getClass().getSimpleName());
        }
    }
}
