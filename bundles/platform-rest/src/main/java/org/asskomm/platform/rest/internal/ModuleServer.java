package org.asskomm.platform.rest.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;

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
 * One module's JAX-RS application: a CXF server of its own (own bus, own servlet {@code /<moduleId>/*} in the API's
 * servlet context) with the module's resources and a fresh instance of every required {@link ApiExtension}. Starting
 * or stopping it adds or removes one servlet mapping of a running context; no other application is rebuilt.
 *
 * <p>Why not the whiteboard's own applications: the Aries whiteboard names every application's servlet
 * {@code cxf-servlet}, and Pax Web serves only one servlet of a name per context, while an application in a servlet
 * context of its own answers {@code /api/v1/agreements} with a redirect to {@code /api/v1/agreements/} (Jetty's
 * context root rule). See decision 0003.
 */
final class ModuleServer {

    private final ExtensionManagerBus bus;
    private final Server server;
    private final ServiceRegistration<Servlet> servlet;

    private ModuleServer(ExtensionManagerBus bus, Server server, ServiceRegistration<Servlet> servlet) {
        this.bus = bus;
        this.server = server;
        this.servlet = servlet;
    }

    /** Builds the server and publishes its servlet; {@code providers} are this application's own instances. */
    static ModuleServer start(BundleContext context, String moduleId, Collection<Object> resources, List<Object> providers) {
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
        Server server;
        try {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress("/");
            factory.setServiceBeans(new ArrayList<>(resources));
            factory.setProviders(providers);
            server = factory.create();
        } catch (RuntimeException e) {
            bus.shutdown(false);
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
        CXFNonSpringServlet cxf = new CXFNonSpringServlet();
        cxf.setBus(bus);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.name", "asskomm-api-" + moduleId);
        properties.put("osgi.http.whiteboard.servlet.pattern", "/" + moduleId + "/*");
        properties.put("osgi.http.whiteboard.servlet.asyncSupported", Boolean.TRUE);
        properties.put("osgi.http.whiteboard.context.select",
                "(osgi.http.whiteboard.context.name=" + Api.CONTEXT_NAME + ")");
        properties.put(Api.MODULE_PROPERTY, moduleId);
        return new ModuleServer(bus, server, context.registerService(Servlet.class, cxf, properties));
    }

    /** Withdraws the servlet first, so that no request reaches a server being torn down. */
    void stop() {
        try {
            servlet.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregistered it while stopping this bundle
        }
        server.destroy();
        bus.shutdown(false);
    }
}
