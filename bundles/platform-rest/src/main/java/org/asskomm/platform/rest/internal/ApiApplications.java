package org.asskomm.platform.rest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.ws.rs.core.Application;

import org.asskomm.platform.api.ModuleDescriptor;
import org.asskomm.platform.api.rest.Api;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ASSKomm JAX-RS applications: the platform's at {@code /api/v1} (a whiteboard application requiring every
 * {@link ApiExtension}), and one
 * {@link ModuleServer} per module at {@code /api/v1/<moduleId>}, made of the {@code @ApiResource} components of the
 * bundle that registers the module's {@link ModuleDescriptor} plus its own instances of the same extensions. A
 * module's server changes only when that module's own resources come or go, so no request of another module ever
 * meets a redeployment (decision 0003).
 */
@Component(service = ApiApplications.class, immediate = true)
public class ApiApplications {

    private static final Logger LOG = LoggerFactory.getLogger(ApiApplications.class);
    /** Changes of one module arriving within this time (its resources, its descriptor) become one redeployment. */
    private static final long SETTLE_MILLIS = 100;
    /** First path segments the platform's own application serves: no module may take them. */
    static final Set<String> RESERVED = Set.of("health", "municipalities", "modules", "platform", "audit", "users",
            "metrics", "openapi.json", "console");
    private static final long ALL = -1;

    /** What one bundle contributes: its module id (once its descriptor is there), its resources, its server. */
    private static final class Contribution {
        String moduleId;
        final Map<ServiceReference<?>, Object> resources = new HashMap<>();
        ModuleServer server;
        boolean scheduled;
    }

    private final BundleContext context;
    private final Map<Long, Contribution> contributions = new HashMap<>();
    private final AtomicLong revision = new AtomicLong();
    private final ScheduledExecutorService settle = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "asskomm-api-applications");
        t.setDaemon(true);
        return t;
    });
    private final ServiceRegistration<Application> platformApplication;
    private final ServiceTracker<ModuleDescriptor, ModuleDescriptor> descriptors;
    private final ServiceTracker<Object, Object> resources;
    private final ServiceTracker<Object, ServiceReference<Object>> extensions;

    @Activate
    public ApiApplications(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        // a whiteboard resource that selects no application lands in the whiteboard's default application, which
        // etc/org.apache.aries.jax.rs.whiteboard.default.config makes require the same extensions
        platformApplication = registerPlatformApplication();
        this.extensions = new ServiceTracker<>(context, context.createFilter("(" + ApiExtension.PROPERTY + "=*)"),
                new ServiceTrackerCustomizer<>() {
                    @Override
                    public ServiceReference<Object> addingService(ServiceReference<Object> ref) {
                        schedule(ALL);
                        return ref;
                    }

                    @Override
                    public void modifiedService(ServiceReference<Object> ref, ServiceReference<Object> same) {
                    }

                    @Override
                    public void removedService(ServiceReference<Object> ref, ServiceReference<Object> same) {
                        schedule(ALL);
                    }
                });
        this.descriptors = new ServiceTracker<>(context, ModuleDescriptor.class, new Tracking<>() {
            @Override
            void changed(Contribution c, ServiceReference<ModuleDescriptor> ref, ModuleDescriptor descriptor, boolean present) {
                c.moduleId = present ? descriptor.id() : null;
            }
        });
        this.resources = new ServiceTracker<>(context,
                context.createFilter("(" + Api.RESOURCE_PROPERTY + "=true)"), new Tracking<>() {
                    @Override
                    void changed(Contribution c, ServiceReference<Object> ref, Object resource, boolean present) {
                        if (present) {
                            c.resources.put(ref, resource);
                        } else {
                            c.resources.remove(ref);
                        }
                    }
                });
        extensions.open(true);
        descriptors.open(true);
        resources.open(true);
    }

    @Deactivate
    void close() {
        resources.close();
        descriptors.close();
        extensions.close();
        settle.shutdownNow();
        synchronized (contributions) {
            contributions.values().forEach(ApiApplications::stop);
            contributions.clear();
        }
        platformApplication.unregister();
    }

    /** Changes whenever a module's application is started or stopped. */
    public long revision() {
        return revision.get();
    }

    /** The resource classes each module's application serves right now, by module id (for the OpenAPI document). */
    public Map<String, List<Class<?>>> moduleResources() {
        Map<String, List<Class<?>>> result = new TreeMap<>();
        synchronized (contributions) {
            for (Contribution c : contributions.values()) {
                if (c.server != null) {
                    result.put(c.moduleId, c.resources.values().stream().<Class<?>>map(Object::getClass).toList());
                }
            }
        }
        return result;
    }

    /** Records a change of one bundle's contribution and redeploys it once its changes have settled. */
    private abstract class Tracking<S> implements ServiceTrackerCustomizer<S, S> {

        abstract void changed(Contribution c, ServiceReference<S> ref, S service, boolean present);

        @Override
        public S addingService(ServiceReference<S> ref) {
            S service = context.getService(ref);
            if (service != null) {
                update(ref, service, true);
            }
            return service;
        }

        @Override
        public void modifiedService(ServiceReference<S> ref, S service) {
            // a property change of a resource or descriptor does not change what is served
        }

        @Override
        public void removedService(ServiceReference<S> ref, S service) {
            update(ref, service, false);
            context.ungetService(ref);
        }

        private void update(ServiceReference<S> ref, S service, boolean present) {
            long bundleId = ref.getBundle() == null ? ALL : ref.getBundle().getBundleId();
            synchronized (contributions) {
                Contribution c = present ? contributions.computeIfAbsent(bundleId, id -> new Contribution())
                        : contributions.get(bundleId);
                if (c != null) {
                    changed(c, ref, service, present);
                    schedule(bundleId);
                }
            }
        }
    }

    private void schedule(long bundleId) {
        synchronized (contributions) {
            for (Map.Entry<Long, Contribution> e : contributions.entrySet()) {
                if ((bundleId == ALL || e.getKey() == bundleId) && !e.getValue().scheduled) {
                    e.getValue().scheduled = true;
                    long id = e.getKey();
                    settle.schedule(() -> redeploy(id), SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    private void redeploy(long bundleId) {
        synchronized (contributions) {
            Contribution c = contributions.get(bundleId);
            if (c == null) {
                return;
            }
            c.scheduled = false;
            revision.incrementAndGet();
            if (c.moduleId == null && c.resources.isEmpty()) {
                stop(c);
                contributions.remove(bundleId);
            } else if (c.moduleId == null) {
                stop(c);
                LOG.warn("Bundle {} registers REST resources but no module descriptor: they are not served", bundleId);
            } else if (RESERVED.contains(c.moduleId)) {
                stop(c);
                LOG.error("Module id '{}' names a path of the platform's own API: its resources are not served", c.moduleId);
            } else if (c.resources.isEmpty()) {
                stop(c);
            } else {
                serve(c);
            }
        }
    }

    /** Starts the module's server, or swaps a new CXF server into the running one. */
    private void serve(Contribution c) {
        List<Object> providers = new ArrayList<>();
        List<Runnable> releases = new ArrayList<>();
        Runnable release = () -> releases.forEach(Runnable::run);
        for (String required : ApiExtension.NAMES) {
            ServiceReference<Object> ref = extension(required);
            if (ref == null) {
                LOG.debug("Module {} waits for the API extension {}", c.moduleId, required);
                release.run();
                stop(c);
                return;
            }
            ServiceObjects<Object> objects = context.getServiceObjects(ref);
            Object provider = objects.getService();
            providers.add(provider);
            releases.add(() -> objects.ungetService(provider));
        }
        try {
            if (c.server == null) {
                c.server = ModuleServer.start(context, c.moduleId, c.resources.values(), providers, release);
                LOG.info("Serving module {} at {}/{} with {} resources", c.moduleId, Api.BASE, c.moduleId, c.resources.size());
            } else {
                c.server.replace(context, c.moduleId, c.resources.values(), providers, release);
                LOG.info("Serving module {} with {} resources (replaced without a gap)", c.moduleId, c.resources.size());
            }
        } catch (RuntimeException e) {
            LOG.error("Cannot serve the REST API of module {}", c.moduleId, e);
            stop(c);
        }
    }

    private ServiceReference<Object> extension(String name) {
        ServiceReference<Object>[] refs = extensions.getServiceReferences();
        if (refs != null) {
            for (ServiceReference<Object> ref : refs) {
                if (name.equals(ref.getProperty(ApiExtension.PROPERTY))) {
                    return ref;
                }
            }
        }
        return null;
    }

    private static void stop(Contribution c) {
        if (c.server != null) {
            c.server.stop();
            c.server = null;
        }
    }

    private ServiceRegistration<Application> registerPlatformApplication() {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.jaxrs.name", Api.APPLICATION_NAME);
        properties.put("osgi.jaxrs.application.base", "/");
        properties.put(Api.MODULE_PROPERTY, "platform");
        properties.put("osgi.jaxrs.extension.select", ApiExtension.REQUIRED.toArray(String[]::new));
        properties.put("osgi.http.whiteboard.context.select", "(osgi.http.whiteboard.context.name=" + Api.CONTEXT_NAME + ")");
        return context.registerService(Application.class, new ApiApplication(), properties);
    }
}
