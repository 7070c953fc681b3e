package org.asskomm.platform.rest.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.asskomm.platform.api.rest.Api;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;

/** {@code /api/v1/openapi.json}: generated from the resources registered right now. */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(Api.APPLICATION)
@Path("/openapi.json")
@Produces(MediaType.APPLICATION_JSON)
public class OpenApiResource {

    /** Tracks the resource classes, loaded from the registering bundle; never instantiates a resource. */
    private final ServiceTracker<Object, Class<?>> resources;
    private final String version;

    @Activate
    public OpenApiResource(BundleContext context) throws InvalidSyntaxException {
        this.version = context.getBundle().getVersion().toString();
        this.resources = new ServiceTracker<>(context,
                context.createFilter("(" + JaxrsWhiteboardConstants.JAX_RS_RESOURCE + "=true)"),
                new ServiceTrackerCustomizer<>() {
                    @Override
                    public Class<?> addingService(ServiceReference<Object> ref) {
                        return resourceClass(ref);
                    }

                    @Override
                    public void modifiedService(ServiceReference<Object> ref, Class<?> type) {
                    }

                    @Override
                    public void removedService(ServiceReference<Object> ref, Class<?> type) {
                    }
                });
        this.resources.open(true);
    }

    @Deactivate
    void close() {
        resources.close();
    }

    private static Class<?> resourceClass(ServiceReference<Object> ref) {
        String[] names = (String[]) ref.getProperty(Constants.OBJECTCLASS);
        Bundle bundle = ref.getBundle();
        if (bundle == null) {
            return null;
        }
        try {
            return bundle.loadClass(names[0]);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    @GET
    public Map<String, Object> document() {
        List<Class<?>> classes = new ArrayList<>();
        ServiceReference<Object>[] refs = resources.getServiceReferences();
        if (refs != null) {
            for (ServiceReference<Object> ref : refs) {
                if (!Api.APPLICATION.equals(String.valueOf(ref.getProperty(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_SELECT)))) {
                    continue;
                }
                Class<?> type = resources.getService(ref);
                if (type != null) {
                    classes.add(type);
                }
            }
        }
        return new OpenApiGenerator().document(version, classes);
    }
}
