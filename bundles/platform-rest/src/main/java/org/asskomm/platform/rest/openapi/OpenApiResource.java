package org.asskomm.platform.rest.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.asskomm.platform.api.rest.Api;
import org.asskomm.platform.rest.internal.ApiApplications;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code /api/v1/openapi.json}: generated from the applications served right now. */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

    private final BundleContext context;
    private final ApiApplications applications;
    private final String version;

    @Activate
    public OpenApiResource(BundleContext context, @Reference ApiApplications applications) {
        this.context = context;
        this.applications = applications;
        this.version = context.getBundle().getVersion().toString();
    }

    /** Built once per state of the served applications, not per request. */
    private record Cached(long revision, List<Class<?>> platform, Map<String, Object> document) {
    }

    private volatile Cached cached = new Cached(-1, List.of(), Map.of());

    @GET
    public Map<String, Object> document() throws InvalidSyntaxException {
        long revision = applications.revision();
        List<Class<?>> platform = platformResources();
        Cached c = cached;
        if (c.revision() == revision && c.platform().equals(platform)) {
            return c.document();
        }
        Map<String, List<Class<?>>> classes = new TreeMap<>();
        classes.put("", platform);
        applications.moduleResources().forEach((module, resources) -> classes.put("/" + module, resources));
        Map<String, Object> document = new OpenApiGenerator().document(version, classes);
        if (applications.revision() == revision) {
            cached = new Cached(revision, platform, document);
        }
        return document;
    }

    /** The platform's whiteboard resources, loaded from the registering bundle; never instantiated here. */
    private List<Class<?>> platformResources() throws InvalidSyntaxException {
        List<Class<?>> classes = new ArrayList<>();
        ServiceReference<?>[] refs = context.getAllServiceReferences(null, "(&(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE
                + "=true)(" + JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT + "=" + Api.APPLICATION.replace("(", "\\(")
                .replace(")", "\\)") + "))");
        for (ServiceReference<?> ref : refs == null ? new ServiceReference<?>[0] : refs) {
            String[] names = (String[]) ref.getProperty(Constants.OBJECTCLASS);
            try {
                if (ref.getBundle() != null) {
                    classes.add(ref.getBundle().loadClass(names[0]));
                }
            } catch (ClassNotFoundException e) {
                // its bundle is stopping
            }
        }
        classes.sort(Comparator.comparing(Class::getName));
        return classes;
    }
}
