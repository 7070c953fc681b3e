package org.asskomm.bench.raw;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Hashtable;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * The benchmark's baseline: a plain servlet on the same Pax Web Jetty (OSGi HTTP Whiteboard) that answers
 * GET /bench/raw with a JSON body held in memory (the bundle's response.json), without JAX-RS, authentication
 * or database.
 */
public class RawServletActivator implements BundleActivator {

    private ServiceRegistration<Servlet> registration;

    @Override
    public void start(BundleContext context) throws IOException {
        byte[] body;
        try (InputStream in = RawServletActivator.class.getResourceAsStream("/response.json")) {
            body = in.readAllBytes();
        }
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", "/bench/raw");
        properties.put("osgi.http.whiteboard.servlet.name", "asskomm-bench-raw");
        registration = context.registerService(Servlet.class, new RawServlet(body), properties);
        // activation marker: one line per start, so that the benchmark sees whether a refresh restarted the bundle
        Files.writeString(Path.of(System.getProperty("karaf.data"), "bench-raw-starts.txt"),
                System.currentTimeMillis() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Override
    public void stop(BundleContext context) {
        registration.unregister();
    }

    static final class RawServlet extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient byte[] body;

        RawServlet(byte[] body) {
            this.body = body;
        }

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("application/json");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
