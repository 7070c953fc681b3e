package org.asskomm.platform.rest.openapi;

import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.rest.internal.ApiApplications;
import org.asskomm.platform.rest.internal.PlatformResource;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/openapi.json}: generated from the applications served right now. */
@Component(service = OpenApiResource.class)
@PlatformResource
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

    private final ApiApplications applications;
    private final String version;

    @Activate
    public OpenApiResource(BundleContext context, @Reference ApiApplications applications) {
        this.applications = applications;
        this.version = context.getBundle().getVersion().toString();
    }

    /** Built once per state of the served applications, not per request. */
    private record Cached(long revision, Map<String, Object> document) {
    }

    private volatile Cached cached = new Cached(-1, Map.of());

    @GET
    @Doc(value = "This OpenAPI document (the installed modules only)", id = "openApiDocument")
    public Map<String, Object> document() {
        long revision = applications.revision();
        Cached c = cached;
        if (c.revision() == revision) {
            return c.document();
        }
        Map<String, Object> document = new OpenApiGenerator().document(version, applications.servedResources());
        if (applications.revision() == revision) {
            cached = new Cached(revision, document);
        }
        return document;
    }
}
