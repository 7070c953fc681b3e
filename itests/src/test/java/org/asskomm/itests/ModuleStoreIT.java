package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/** The module store: install and remove modules through the API, desired state in etc/, no collateral damage. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleStoreIT extends AsskommTestSupport {

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        awaitStatus("/api/v1/platform/features", 200, Duration.ofSeconds(30));
    }

    private JsonNode awaitState(String feature, String state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = get("/api/v1/platform/features/" + feature + "/status", ADMIN).json();
            // 404 until the worker has recorded the operation
            if (last != null && last.has("state") && state.equals(last.get("state").asText())) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(feature + " did not reach " + state + ": " + last);
    }

    private long serviceId(String className) {
        return (Long) bundleContext.getServiceReference(className).getProperty(Constants.SERVICE_ID);
    }

    /** The {@code installed} line of etc/org.asskomm.modules.cfg, waiting briefly for the write-back. */
    private String desiredState() throws Exception {
        Thread.sleep(500);
        return Files.readAllLines(Path.of(System.getProperty("karaf.etc"), "org.asskomm.modules.cfg")).stream()
                .filter(l -> l.trim().startsWith("installed")).findFirst().orElse("");
    }

    @Test
    public void onlyLprAdminsUseTheStore() {
        assertEquals(403, get("/api/v1/platform/features", FRANKENBERG).status());
        assertEquals(403, put("/api/v1/platform/features/asskomm-agreements", VIEWER, null).status());
        assertEquals(401, get("/api/v1/platform/features", null).status());
        assertEquals(404, put("/api/v1/platform/features/asskomm-nothing", ADMIN, null).status());
        // the console and the core are the platform itself: never removed through the store, and still serving
        for (String platform : List.of("asskomm-web", "asskomm-core")) {
            Answer refused = delete("/api/v1/platform/features/" + platform, ADMIN);
            assertEquals(refused.body(), 409, refused.status());
            assertTrue(refused.body(), refused.body().contains("gehört zur Plattform"));
        }
        int console = get("/console/", null).status();
        assertTrue("the console still answers: " + console, console == 200 || console == 302);
        Answer list = get("/api/v1/platform/features", ADMIN);
        assertEquals(200, list.status());
        assertTrue(list.body().contains("\"asskomm-agreements\""));
        assertFalse("the aggregate is no module", list.body().contains("\"asskomm-all\""));
    }

    @Test
    public void aModuleIsInstalledAndRemovedWithoutTouchingTheCore() throws Exception {
        long database = serviceId("org.asskomm.platform.api.persistence.Database");
        long directory = serviceId("org.asskomm.platform.api.MunicipalityDirectory");
        long application = serviceId("org.asskomm.platform.rest.internal.ApiApplications");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger probes = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<Integer, Integer> failedStatuses = new java.util.concurrent.ConcurrentHashMap<>();
        Thread prober = new Thread(() -> {
            while (running.get()) {
                probes.incrementAndGet();
                int status = get("/api/v1/municipalities/14522150", VIEWER).status();
                if (status != 200) {
                    failures.incrementAndGet();
                    failedStatuses.merge(status, 1, Integer::sum);
                }
            }
        });
        prober.start();
        try {
            Answer accepted = put("/api/v1/platform/features/asskomm-agreements", ADMIN, null);
            assertEquals(accepted.body(), 202, accepted.status());
            awaitState("asskomm-agreements", "STARTED");
            awaitStatus("/api/v1/agreements", 200, Duration.ofSeconds(30));
            assertTrue(desiredState().contains("asskomm-agreements"));
            assertTrue(get("/api/v1/platform/features/asskomm-agreements", ADMIN).get("installed").asBoolean());

            assertEquals(202, delete("/api/v1/platform/features/asskomm-agreements", ADMIN).status());
            awaitState("asskomm-agreements", "UNINSTALLED");
            awaitStatus("/api/v1/agreements", 404, Duration.ofSeconds(30));
            assertFalse(desiredState().contains("asskomm-agreements"));
        } finally {
            running.set(false);
            prober.join();
        }
        assertTrue(probes.get() > 0);
        System.out.println("ModuleStoreIT: " + probes.get() + " requests during install+uninstall, "
                + failures.get() + " failed " + failedStatuses);
        // the JAX-RS whiteboard redeploys /api/v1 when module resources come or go; RedeployGapFilter bridges it
        assertEquals("other endpoints kept answering: " + failedStatuses, 0, failures.get());
        assertEquals("platform-core was not restarted", database, serviceId("org.asskomm.platform.api.persistence.Database"));
        assertEquals(directory, serviceId("org.asskomm.platform.api.MunicipalityDirectory"));
        assertEquals("platform-rest was not restarted", application, serviceId("org.asskomm.platform.rest.internal.ApiApplications"));
        Answer audit = get("/api/v1/audit?entityId=asskomm-agreements", ADMIN);
        assertEquals(2, audit.get("total").asLong());
    }

    @Test
    public void anOutdatedCopyOfTheDesiredStateUninstallsNothing() throws Exception {
        org.osgi.service.cm.Configuration config = configurationAdmin.getConfiguration("org.asskomm.modules", "?");
        Dictionary<String, Object> before = config.getProperties() == null ? new Hashtable<>() : copy(config.getProperties());
        assertEquals(202, put("/api/v1/platform/features/asskomm-training", ADMIN, null).status());
        awaitState("asskomm-training", "STARTED");
        awaitStatus("/api/v1/training/courses", 200, Duration.ofSeconds(30));

        // what Felix fileinstall does when it re-reads the file it wrote for an earlier change: the copy from
        // before the install arrives after it
        config.update(before);
        Thread.sleep(3000);

        assertTrue("the module stays installed", get("/api/v1/platform/features/asskomm-training", ADMIN)
                .get("installed").asBoolean());
        assertEquals(200, get("/api/v1/training/courses", ADMIN).status());
        assertTrue("the current desired state is written again: " + desiredState(),
                desiredState().contains("asskomm-training"));
        assertEquals(202, delete("/api/v1/platform/features/asskomm-training", ADMIN).status());
        awaitState("asskomm-training", "UNINSTALLED");
    }

    private static Dictionary<String, Object> copy(Dictionary<String, Object> properties) {
        Hashtable<String, Object> copy = new Hashtable<>();
        for (java.util.Enumeration<String> keys = properties.keys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            copy.put(key, properties.get(key));
        }
        return copy;
    }

    @Test
    public void aFeatureThatCannotResolveFailsCleanly() throws Exception {
        Path repo = Files.createTempFile("broken-features", ".xml");
        Files.writeString(repo, "<features name=\"broken\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"asskomm-broken\" version=\"1.0.0\"><feature>asskomm-core</feature>"
                + "<requirement>osgi.extender;filter:=\"(osgi.extender=asskomm.nonexistent)\"</requirement>"
                + "</feature></features>");
        assertEquals(400, post("/api/v1/platform/repositories", ADMIN, Map.of("uri", "ftp://example/x.xml")).status());
        assertEquals(400, post("/api/v1/platform/repositories", ADMIN, Map.of("uri", "file:/no/such/file.xml")).status());
        Answer added = post("/api/v1/platform/repositories", ADMIN, Map.of("uri", repo.toUri().toString()));
        assertEquals(added.body(), 200, added.status());
        assertTrue(added.body().contains("asskomm-broken"));

        int bundlesBefore = bundleContext.getBundles().length;
        StringBuilder statesBefore = new StringBuilder();
        for (Bundle b : bundleContext.getBundles()) {
            statesBefore.append(b.getBundleId()).append(':').append(b.getState()).append(' ');
        }
        assertEquals(202, put("/api/v1/platform/features/asskomm-broken", ADMIN, null).status());
        JsonNode failed = awaitState("asskomm-broken", "FAILED");
        assertTrue(failed.toString(), failed.get("message").asText().contains("asskomm.nonexistent"));
        assertEquals(bundlesBefore, bundleContext.getBundles().length);
        StringBuilder statesAfter = new StringBuilder();
        for (Bundle b : bundleContext.getBundles()) {
            statesAfter.append(b.getBundleId()).append(':').append(b.getState()).append(' ');
        }
        assertEquals("the instance is exactly as it was", statesBefore.toString(), statesAfter.toString());
        // clean up the desired state so that a restart would not try again
        assertEquals(202, delete("/api/v1/platform/features/asskomm-broken", ADMIN).status());
    }
}
