package org.asskomm.platform.rest.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.cxf.bus.extension.ExtensionManagerBus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.transport.DestinationFactoryManager;
import org.apache.cxf.transport.http.HTTPTransportFactory;
import org.apache.cxf.transport.servlet.CXFNonSpringServlet;
import org.asskomm.platform.api.rest.Api;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.wiring.BundleWiring;

/**
 * One JAX-RS application (a module's, or the platform's): a servlet ({@code /<moduleId>/*}, {@code /*}) in the API's
 * servlet context that hands each request to the application's current CXF server (own bus, own HTTP destination registry), made of the module's resources
 * and its own instances of every required {@link ApiExtension}. When the module's resources change, a new CXF server
 * is built next to the running one and swapped in atomically; the old one is destroyed once its last request has
 * been answered. Starting or stopping a module adds or removes one servlet mapping of a running context; no other
 * application is touched.
 *
 * <p>Why not the whiteboard's own applications: the Aries whiteboard names every application's servlet
 * {@code cxf-servlet}, and Pax Web serves only one servlet of a name per context, while an application in a servlet
 * context of its own answers {@code /api/v1/agreements} with a redirect to {@code /api/v1/agreements/} (Jetty's
 * context root rule); and the whiteboard's applications share one CXF destination registry keyed by base, where its
 * default application takes over {@code /} once it has a resource. See decision 0003.
 */
final class ModuleServer {

    private final ModuleServlet servlet;
    private final ServiceRegistration<Servlet> registration;

    private ModuleServer(ModuleServlet servlet, ServiceRegistration<Servlet> registration) {
        this.servlet = servlet;
        this.registration = registration;
    }

    /**
     * Builds the CXF server and publishes its servlet at {@code pattern} in the API's context; {@code providers} are this
     * application's own instances, {@code releaseProviders} gives them back.
     */
    static ModuleServer start(BundleContext context, String moduleId, String pattern, Collection<Object> resources,
            List<Object> providers, Runnable releaseProviders, Supplier<RepeatedReads> reads) {
        ModuleServlet servlet = new ModuleServlet(Endpoint.build(context, moduleId, resources, providers, releaseProviders),
                reads);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.name", "asskomm-api-" + moduleId);
        properties.put("osgi.http.whiteboard.servlet.pattern", pattern);
        properties.put("osgi.http.whiteboard.servlet.asyncSupported", Boolean.TRUE);
        properties.put("osgi.http.whiteboard.context.select",
                "(osgi.http.whiteboard.context.name=" + Api.CONTEXT_NAME + ")");
        properties.put(Api.MODULE_PROPERTY, moduleId);
        return new ModuleServer(servlet, context.registerService(Servlet.class, servlet, properties));
    }

    /**
     * Builds and destroys one throw-away CXF server, so that CXF's classes are loaded and its bus extensions read
     * while the platform's first resources still wait for the database: the platform's first application is then
     * built warm, half a second sooner on a 2-core machine (the idea of Spring Boot's background pre-initializer).
     * Serves nothing.
     */
    static void warmUp(BundleContext context) {
        Endpoint.build(context, "warm-up", List.of(new WarmUp()), List.of(), () -> { }).destroy();
    }

    /** The resource of {@link #warmUp}: never published. */
    @javax.ws.rs.Path("/")
    public static final class WarmUp {
        @javax.ws.rs.GET
        public String get() {
            return "";
        }
    }

    /** Builds a new CXF server for the changed resources and swaps it in without a gap. */
    void replace(BundleContext context, String moduleId, Collection<Object> resources, List<Object> providers,
            Runnable releaseProviders) {
        servlet.swap(Endpoint.build(context, moduleId, resources, providers, releaseProviders));
    }

    /** Withdraws the servlet first, so that no request reaches a server being torn down. */
    void stop() {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregistered it while stopping this bundle
        }
        servlet.swap(null);
    }

    /** The servlet the container knows: it stays while the module serves, its endpoint changes. */
    private static final class ModuleServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;

        private transient volatile Endpoint current;
        private final transient Supplier<RepeatedReads> reads;
        private final transient RepeatedReads.Answers answers = new RepeatedReads.Answers();

        ModuleServlet(Endpoint first, Supplier<RepeatedReads> reads) {
            this.current = first;
            this.reads = reads;
        }

        @Override
        public void init(ServletConfig config) throws ServletException {
            super.init(config);
            current.init(config);
        }

        @Override
        public void service(ServletRequest request, ServletResponse response) throws ServletException, IOException {
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse httpResponse = (HttpServletResponse) response;
            if (Paths.isAmbiguous(http.getRequestURI())) {
                // Jetty routes by the decoded, normalised path, CXF matches the raw one: they would disagree
                Paths.refuse(http, httpResponse);
                return;
            }
            RepeatedReads repeated = reads.get();
            if (repeated != null && repeated.answer(answers, http, httpResponse)) {
                return;
            }
            Endpoint endpoint;
            while (true) {
                endpoint = current;
                if (endpoint == null) {
                    ((HttpServletResponse) response).sendError(HttpServletResponse.SC_NOT_FOUND);   // module leaving
                    return;
                }
                endpoint.inFlight.incrementAndGet();
                if (!endpoint.isDestroyed()) {
                    break;
                }
                endpoint.inFlight.decrementAndGet();   // swapped out and destroyed just now: take the new one
            }
            try {
                endpoint.init(getServletConfig());
                endpoint.servlet.service(request, response);
                if (repeated != null) {
                    repeated.remember(answers, http, httpResponse);
                }
            } finally {
                if (endpoint.inFlight.decrementAndGet() == 0 && endpoint != current) {
                    endpoint.destroy();
                }
            }
        }

        synchronized void swap(Endpoint next) {
            if (next != null && getServletConfig() != null) {
                try {
                    next.init(getServletConfig());
                } catch (ServletException e) {
                    next.destroy();
                    throw new IllegalStateException(e);
                }
            }
            Endpoint old = current;
            current = next;
            answers.clear();   // offered by the resources being replaced
            if (old != null && old.inFlight.get() == 0) {
                old.destroy();   // otherwise its last request destroys it
            }
        }

        @Override
        public void destroy() {
            Endpoint endpoint = current;
            if (endpoint != null) {
                endpoint.destroy();
            }
        }
    }

    /** One CXF server with its bus and servlet. */
    private static final class Endpoint {
        final ExtensionManagerBus bus;
        final Server server;
        final CXFNonSpringServlet servlet;
        final Runnable releaseProviders;
        final AtomicInteger inFlight = new AtomicInteger();
        private boolean initialized;
        private boolean destroyed;

        private Endpoint(ExtensionManagerBus bus, Server server, Runnable releaseProviders) {
            this.bus = bus;
            this.server = server;
            this.servlet = new CXFNonSpringServlet();
            this.servlet.setBus(bus);
            this.releaseProviders = releaseProviders;
        }

        static Endpoint build(BundleContext context, String moduleId, Collection<Object> resources, List<Object> providers,
                Runnable releaseProviders) {
            ClassLoader loader = context.getBundle().adapt(BundleWiring.class).getClassLoader();
            ExtensionManagerBus bus = new ExtensionManagerBus(null, Map.of("org.apache.cxf.bus.id", "asskomm-" + moduleId), loader);
            bus.initialize();
            // a transport of its own: in OSGi the buses otherwise share CXF's one HTTP destination registry, where "/"
            // is taken by the first application
            HTTPTransportFactory transport = new HTTPTransportFactory();
            DestinationFactoryManager destinations = bus.getExtension(DestinationFactoryManager.class);
            transport.getTransportIds().forEach(id -> destinations.registerDestinationFactory(id, transport));
            bus.setExtension(transport, HTTPTransportFactory.class);
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(loader);
            try {
                JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
                factory.setBus(bus);
                factory.setAddress("/");
                factory.setServiceBeans(new ArrayList<>(resources));
                factory.setProviders(providers);
                return new Endpoint(bus, factory.create(), releaseProviders);
            } catch (RuntimeException e) {
                bus.shutdown(false);
                releaseProviders.run();
                throw e;
            } finally {
                thread.setContextClassLoader(previous);
            }
        }

        synchronized void init(ServletConfig config) throws ServletException {
            if (!initialized && config != null) {
                servlet.init(config);
                initialized = true;
            }
        }

        synchronized boolean isDestroyed() {
            return destroyed;
        }

        synchronized void destroy() {
            if (destroyed) {
                return;
            }
            destroyed = true;
            server.destroy();
            bus.shutdown(false);
            releaseProviders.run();
        }
    }
}
