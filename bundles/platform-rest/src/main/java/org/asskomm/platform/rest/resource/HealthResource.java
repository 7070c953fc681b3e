package org.asskomm.platform.rest.resource;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.asskomm.platform.api.ModuleDescriptor;
import org.asskomm.platform.api.Modules;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.rest.Anonymous;
import org.asskomm.platform.api.rest.Api;
import org.asskomm.platform.rest.internal.SecurityPosture;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Anonymous health check for load balancers and monitoring: 200 when the database answers, else 503. */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    public record DatabaseHealth(String status, String product, Long latencyMillis, String error) {
    }

    /** {@code warnings}: what the operator must fix, e.g. the shipped default password (empty when none). */
    public record Health(String status, String version, DatabaseHealth database, List<String> modules,
            List<String> warnings) {
    }

    private final Database database;
    private final Modules modules;
    private final SecurityPosture security;

    @Activate
    public HealthResource(@Reference Database database, @Reference Modules modules,
            @Reference SecurityPosture security) {
        this.database = database;
        this.modules = modules;
        this.security = security;
    }

    @GET
    @Anonymous
    public Response health() {
        DatabaseHealth db = checkDatabase();
        boolean up = db.status().equals("UP");
        Health health = new Health(up ? "UP" : "DOWN",
                FrameworkUtil.getBundle(HealthResource.class).getVersion().toString(), db,
                modules.installed().stream().map(ModuleDescriptor::id).toList(), security.warnings());
        return Response.status(up ? 200 : 503).entity(health).build();
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
