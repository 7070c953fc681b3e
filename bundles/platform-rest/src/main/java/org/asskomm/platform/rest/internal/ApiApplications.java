package org.asskomm.platform.rest.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.ws.rs.ext.RuntimeDelegate;

import org.apache.cxf.jaxrs.impl.RuntimeDelegateImpl;
import org.asskomm.platform.api.ModuleDescriptor;
import org.asskomm.platform.api.rest.Api;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.util.tracker.ServiceTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ASSKomm JAX-RS applications, each a {@link ModuleServer} in the API's servlet context: the platform's at
 * {@code /api/v1/*} (the resources selecting {@link Api#APPLICATION}: the platform's own and those of
 * plugins written for platform API 1.0) and one per module at {@code /api/v1/<moduleId>/*}, made of the
 * {@code @ApiResource} components of the bundle that registers the module's {@link ModuleDescriptor}. Each gets its
 * own instance of every {@link ApiExtension}. An application changes only when its own resources come or go, and
 * then swaps its CXF server without a gap, so no request of another application ever meets a redeployment
 * (decision 0003).
 */
@Component(service = ApiApplications.class, immediate = true)
// plugins built for platform API 1.0 with the JAX-RS whiteboard's annotations require a whiteboard implementation:
// the platform is that, for the applications it hosts; a resource selecting no ASSKomm application is not served
@Capability(namespace = "osgi.implementation", name = "osgi.jaxrs", version = "1.0.0")
public class ApiApplications {

    private static final Logger LOG = LoggerFactory.getLogger(ApiApplications.class);
    /**
     * Changes of one application arriving within this time (resources, descriptor) become one redeployment. A
     * bundle's components register their services within a few milliseconds of each other; a later one is swapped
     * in without a gap.
     */
    private static final long SETTLE_MILLIS = 25;
    /** First path segments the platform's own application serves: no module may take them. */
    static final Set<String> RESERVED = Set.of("health", "municipalities", "modules", "platform", "audit", "users",
            "metrics", "openapi.json", "console");
    /** The key of the platform's application (the others are keyed by the id of the module's bundle). */
    private static final long PLATFORM = -2;
    private static final long ALL = -1;

    /** What one application is made of: its module id (once known), its resources, its server. */
    private static final class Contribution {
        String moduleId;
        /** Whether the bundle ever announced its module: its resources outliving the descriptor is a departure. */
        boolean announced;
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
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();
    private final ServiceTracker<Object, ServiceReference<Object>> extensions;
    /** Optional: without it every read goes through its application. */
    private final ServiceTracker<RepeatedReads, RepeatedReads> repeatedReads;

    @Activate
    public ApiApplications(BundleContext context) throws InvalidSyntaxException {
        this.context = context;
        // Response.ok(), UriBuilder & co. find their implementation through RuntimeDelegate, which cannot see CXF from
        // the API bundle's class loader; the platform is the JAX-RS runtime here (no whiteboard implementation runs)
        RuntimeDelegate.setInstance(new RuntimeDelegateImpl());
        contributions.put(PLATFORM, new Contribution());
        contributions.get(PLATFORM).moduleId = "platform";
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
                        LOG.info("API extension {} went away; the running applications keep theirs",
                                ref.getProperty(ApiExtension.PROPERTY));
                        // nothing else: a running application keeps its own instance until the extension is back (an
                        // extension re-activated because a service it uses came back must not take the API down)
                    }
                });
        trackers.add(extensions);
        this.repeatedReads = new ServiceTracker<>(context, RepeatedReads.class, null);
        trackers.add(repeatedReads);
        trackers.add(new ServiceTracker<>(context, ModuleDescriptor.class, new Tracking<>(false) {
            @Override
            void changed(Contribution c, ServiceReference<ModuleDescriptor> ref, ModuleDescriptor descriptor, boolean present) {
                c.moduleId = present ? descriptor.id() : null;
                c.announced |= present;
            }
        }));
        trackers.add(new ServiceTracker<>(context, context.createFilter("(" + Api.RESOURCE_PROPERTY + "=true)"),
                resourceTracking(false)));
        trackers.add(new ServiceTracker<>(context, context.createFilter("(&(" + PlatformResource.RESOURCE + "=true)("
                + PlatformResource.APPLICATION_SELECT + "=" + Api.APPLICATION.replace("(", "\\(").replace(")", "\\)")
                + "))"),
                resourceTracking(true)));
        settle.execute(() -> {
            try {
                ModuleServer.warmUp(context);   // before the first application, on the thread that will build it
            } catch (RuntimeException e) {
                LOG.debug("Warming up CXF failed; the first application is built cold", e);
            }
        });
        trackers.forEach(t -> t.open(true));
    }

    @Deactivate
    void close() {
        trackers.forEach(ServiceTracker::close);
        settle.shutdownNow();
        synchronized (contributions) {
            contributions.values().forEach(ApiApplications::stop);
            contributions.clear();
        }
    }

    /** Changes whenever an application is started, replaced or stopped. */
    public long revision() {
        return revision.get();
    }

    /**
     * The resource classes each application serves right now, by its base below {@code /api/v1} ({@code ""} for the
     * platform's, {@code "/agreements"} for a module's): for the OpenAPI document.
     */
    public Map<String, List<Class<?>>> servedResources() {
        Map<String, List<Class<?>>> result = new TreeMap<>();
        synchronized (contributions) {
            contributions.forEach((key, c) -> {
                if (c.server != null) {
                    result.put(key == PLATFORM ? "" : "/" + c.moduleId,
                            c.resources.values().stream().<Class<?>>map(Object::getClass).toList());
                }
            });
        }
        return result;
    }

    private Tracking<Object> resourceTracking(boolean platform) {
        return new Tracking<>(platform) {
            @Override
            void changed(Contribution c, ServiceReference<Object> ref, Object resource, boolean present) {
                if (present) {
                    c.resources.put(ref, resource);
                } else {
                    c.resources.remove(ref);
                }
            }
        };
    }

    /** Records a change of one application's parts and redeploys it once its changes have settled. */
    private abstract class Tracking<S> implements ServiceTrackerCustomizer<S, S> {

        private final boolean platform;

        Tracking(boolean platform) {
            this.platform = platform;
        }

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
            long key = platform ? PLATFORM : ref.getBundle() == null ? ALL : ref.getBundle().getBundleId();
            synchronized (contributions) {
                Contribution c = present ? contributions.computeIfAbsent(key, id -> new Contribution())
                        : contributions.get(key);
                if (c != null) {
                    changed(c, ref, service, present);
                    // arrivals settle (a module's resources come one by one); a departure is applied at once, so
                    // that a resource whose component is gone stops answering
                    schedule(key, present ? SETTLE_MILLIS : 0);
                }
            }
        }
    }

    private void schedule(long key) {
        schedule(key, SETTLE_MILLIS);
    }

    private void schedule(long key, long delayMillis) {
        synchronized (contributions) {
            contributions.forEach((k, c) -> {
                if ((key == ALL || k == key) && (!c.scheduled || delayMillis == 0)) {
                    c.scheduled = true;
                    settle.schedule(() -> redeploy(k), delayMillis, TimeUnit.MILLISECONDS);
                }
            });
        }
    }

    private void redeploy(long key) {
        synchronized (contributions) {
            Contribution c = contributions.get(key);
            if (c == null || context.getBundle(0).getState() == Bundle.STOPPING) {
                return;   // the framework is shutting down: Pax Web may already be gone, and so is every servlet
            }
            c.scheduled = false;
            revision.incrementAndGet();
            if (c.moduleId == null && c.resources.isEmpty()) {
                stop(c);
                contributions.remove(key);
            } else if (c.moduleId == null) {
                stop(c);
                if (!c.announced) {
                    LOG.warn("Bundle {} registers REST resources but no module descriptor: they are not served", key);
                }
            } else if (key != PLATFORM && RESERVED.contains(c.moduleId)) {
                stop(c);
                LOG.error("Module id '{}' names a path of the platform's own API: its resources are not served", c.moduleId);
            } else if (c.resources.isEmpty()) {
                stop(c);
            } else {
                serve(c, key == PLATFORM ? "/*" : "/" + c.moduleId + "/*");
            }
        }
    }

    /** Starts the application's server, or swaps a new CXF server into the running one. */
    private void serve(Contribution c, String pattern) {
        List<Object> providers = new ArrayList<>();
        List<Runnable> releases = new ArrayList<>();
        Runnable release = () -> releases.forEach(Runnable::run);
        for (String required : ApiExtension.NAMES) {
            ServiceReference<Object> ref = extension(required);
            if (ref == null) {
                // a new application waits; a running one keeps the instances it has until the extension is back
                LOG.debug("Application {} waits for the API extension {}", c.moduleId, required);
                release.run();
                return;
            }
            ServiceObjects<Object> objects = context.getServiceObjects(ref);
            Object provider = objects.getService();
            providers.add(provider);
            releases.add(() -> objects.ungetService(provider));
        }
        providers.add(new CurrentUserContext());
        try {
            if (c.server == null) {
                c.server = ModuleServer.start(context, c.moduleId, pattern, c.resources.values(), providers, release,
                        repeatedReads::getService);
                LOG.info("Serving {} at {}{} with {} resources", c.moduleId, Api.BASE, pattern, c.resources.size());
            } else {
                c.server.replace(context, c.moduleId, c.resources.values(), providers, release);
                LOG.info("Serving {} with {} resources (replaced without a gap)", c.moduleId, c.resources.size());
            }
        } catch (RuntimeException e) {
            LOG.error("Cannot serve the REST API of {}", c.moduleId, e);
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
}
