package org.asskomm.itests;

import static org.asskomm.itests.FrankenbergRecords.FRANKENBERG_AGS;
import static org.asskomm.itests.FrankenbergRecords.map;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;

import org.asskomm.platform.api.ModuleDescriptor;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;

/**
 * One JAX-RS application per module (decision 0003): a module's arrival or departure disturbs no request of
 * another module or of the platform, and no resource is ever served without the platform's extensions.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ApplicationIsolationIT extends AsskommTestSupport {

    private static final List<String> MODULES = List.of("agreements", "councils", "funding", "training", "patrol",
            "analysis");
    /** A list endpoint of each module that answers 200 once the module serves. */
    private static final Map<String, String> ENDPOINTS = Map.of("agreements", "/api/v1/agreements",
            "councils", "/api/v1/councils", "funding", "/api/v1/funding/programmes",
            "training", "/api/v1/training/courses", "patrol", "/api/v1/patrol/compounds", "analysis", "/api/v1/analysis/analyses");
    private static final int CYCLES = Integer.getInteger("asskomm.itest.churnCycles", 5);
    private static final int CLIENTS = 8;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void allModulesEnabledForFrankenberg() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        for (String module : MODULES) {
            installIfMissing("asskomm-" + module);
            awaitStatus(ENDPOINTS.get(module), 200, Duration.ofSeconds(60));
            enable(module, FRANKENBERG_AGS);
        }
        enable("patrol", FrankenbergRecords.HAINICHEN_AGS);   // a member of the compound below
    }

    /** A request a client sends against a module (or the platform) and the status it must get. */
    private record Call(String module, String method, String path, Object body, int expected) {
    }

    @Test
    public void installingAndUninstallingModulesDisturbsNoOtherRequest() throws Exception {
        String council = id(post("/api/v1/councils", FRANKENBERG, map("municipality", FRANKENBERG_AGS,
                "plannedOn", "2020-12-09")));
        String compound = id(post("/api/v1/patrol/compounds", ADMIN, FrankenbergRecords.compoundBody()));
        List<Call> calls = List.of(
                new Call("platform", "GET", "/api/v1/municipalities/" + FRANKENBERG_AGS, null, 200),
                new Call("platform", "GET", "/api/v1/municipalities?district=Mittelsachsen", null, 200),
                new Call("agreements", "PUT", "/api/v1/municipalities/" + FRANKENBERG_AGS + "/modules/agreements", null, 200),
                new Call("platform", "GET", "/api/v1/openapi.json", null, 200),
                new Call("agreements", "GET", "/api/v1/agreements?municipality=" + FRANKENBERG_AGS, null, 200),
                new Call("agreements", "POST", "/api/v1/agreements", FrankenbergRecords.agreementDraft(), 201),
                new Call("councils", "GET", "/api/v1/councils/" + council, null, 200),
                new Call("councils", "POST", "/api/v1/councils/" + council + "/members", map("name", "Revierleiter",
                        "organisation", "Frankenberg", "sector", "POLICE", "voting", true, "memberSince", "2021-01-01"), 201),
                new Call("funding", "GET", "/api/v1/funding/programmes", null, 200),
                new Call("training", "GET", "/api/v1/training/courses", null, 200),
                new Call("training", "POST", "/api/v1/training/people", map("municipality", FRANKENBERG_AGS,
                        "firstName", "Anja", "lastName", "Albrecht", "sector", "ADMINISTRATION"), 201),
                new Call("patrol", "GET", "/api/v1/patrol/compounds/" + compound, null, 200),
                new Call("patrol", "POST", "/api/v1/patrol/compounds/" + compound + "/places", map("ags", FRANKENBERG_AGS,
                        "name", "Markt", "category", "MARKET_SQUARE", "latitude", 50.91, "longitude", 13.03, "priority", 4), 201));
        for (Call call : calls) {
            assertEquals(call.toString(), call.expected(),
                    send(call.method(), call.path(), user(call), call.body(), "application/json").status());
        }

        // a module's lock is held for writing while it is uninstalled and installed again: clients leave it alone then
        Map<String, ReadWriteLock> locks = new ConcurrentHashMap<>();
        MODULES.forEach(m -> locks.put(m, new ReentrantReadWriteLock()));
        locks.put("platform", new ReentrantReadWriteLock());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sent = new AtomicInteger();
        Map<String, Integer> failures = new ConcurrentHashMap<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread client = new Thread(() -> {
                while (running.get()) {
                    Call call = calls.get(ThreadLocalRandom.current().nextInt(calls.size()));
                    var lock = locks.get(call.module()).readLock();
                    if (!lock.tryLock()) {
                        continue;   // that module is being replaced right now
                    }
                    try {
                        int status = send(call.method(), call.path(), user(call), call.body(), "application/json").status();
                        sent.incrementAndGet();
                        if (status != call.expected()) {
                            failures.merge(call.method() + " " + call.path() + " -> " + status, 1, Integer::sum);
                        }
                    } finally {
                        lock.unlock();
                    }
                }
            }, "client-" + i);
            client.start();
            clients.add(client);
        }
        long started = System.nanoTime();
        try {
            for (int cycle = 0; cycle < CYCLES; cycle++) {
                for (String module : MODULES) {
                    var lock = locks.get(module).writeLock();
                    lock.lock();
                    try {
                        String feature = "asskomm-" + module;
                        assertEquals(202, delete("/api/v1/platform/features/" + feature, ADMIN).status());
                        awaitFeatureState(feature, "UNINSTALLED");
                        awaitStatus(ENDPOINTS.get(module), 404, Duration.ofSeconds(30));
                        assertEquals(202, put("/api/v1/platform/features/" + feature, ADMIN, null).status());
                        awaitFeatureState(feature, "STARTED");
                        awaitStatus(ENDPOINTS.get(module), 200, Duration.ofSeconds(60));
                    } finally {
                        lock.unlock();
                    }
                }
            }
        } finally {
            running.set(false);
            for (Thread client : clients) {
                client.join();
            }
        }
        System.out.printf("ApplicationIsolationIT: %d requests by %d clients during %d module installs and uninstalls"
                + " in %.1f s, failed: %s%n", sent.get(), CLIENTS, 2 * CYCLES * MODULES.size(),
                (System.nanoTime() - started) / 1e9, failures);
        assertTrue("several thousand requests: " + sent.get(), sent.get() >= 1000 * CYCLES / 5);
        assertEquals("no request of another module or of the platform failed", Map.of(), failures);
    }

    private static String id(Answer created) {
        assertEquals(created.body(), 201, created.status());
        return created.get("id").asText();
    }

    private static String user(Call call) {
        return call.method().equals("PUT") ? ADMIN : FRANKENBERG;
    }

    private void awaitFeatureState(String feature, String state) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            Answer answer = get("/api/v1/platform/features/" + feature + "/status", ADMIN);
            last = answer.body();
            if (answer.json() != null && answer.json().has("state") && state.equals(answer.get("state").asText())) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(feature + " did not reach " + state + ": " + last);
    }

    /** A resource a plugin might register; the test serves it in several ways. */
    @Path("/")
    @Produces("application/json")
    public static class ProbeResource {
        @GET
        public Map<String, String> hello() {
            return Map.of("hello", "probe");
        }
    }

    private static ModuleDescriptor descriptor(String id) {
        return new ModuleDescriptor() {
            public String id() {
                return id;
            }

            public String title() {
                return "Probe";
            }

            public String description() {
                return "Module registered by ApplicationIsolationIT";
            }

            public String version() {
                return "1.0.0";
            }

            public String restPath() {
                return "/" + id;
            }
        };
    }

    @Test
    public void aModuleResourceIsServedInItsOwnApplicationWithAuthentication() throws Exception {
        Hashtable<String, Object> marker = new Hashtable<>(Map.of("asskomm.api.resource", true));
        ServiceRegistration<?> resource = bundleContext.registerService(ProbeResource.class, new ProbeResource(), marker);
        ServiceRegistration<?> module = bundleContext.registerService(ModuleDescriptor.class, descriptor("probe"), null);
        try {
            Answer served = awaitStatus("/api/v1/probe", 200, Duration.ofSeconds(10));
            assertEquals("probe", served.get("hello").asText());
            Answer anonymous = get("/api/v1/probe", null);
            assertEquals("authentication applies", 401, anonymous.status());
            assertTrue(anonymous.contentType().startsWith("application/problem+json"));
            assertTrue(get("/api/v1/openapi.json", ADMIN).get("paths").has("/probe"));
        } finally {
            module.unregister();
            resource.unregister();
        }
        awaitStatus("/api/v1/probe", 404, Duration.ofSeconds(10));
        assertEquals("application/problem+json", get("/api/v1/probe", ADMIN).contentType());
    }

    @Test
    public void aResourceWithoutTheExtensionsIsRefusedOrUnserved() throws Exception {
        // 1. a module resource of a bundle that announces no module: never served
        Hashtable<String, Object> marker = new Hashtable<>(Map.of("asskomm.api.resource", true));
        ServiceRegistration<?> orphan = bundleContext.registerService(ProbeResource.class, new ProbeResource(), marker);
        // 2. a plain JAX-RS whiteboard resource that selects no application: no whiteboard implementation runs, so
        //    nobody serves it (the distribution has no Aries whiteboard, decision 0003)
        Hashtable<String, Object> plain = new Hashtable<>(Map.of("osgi.jaxrs.resource", true));
        ServiceRegistration<?> stray = bundleContext.registerService(StrayResource.class, new StrayResource(), plain);
        try {
            Thread.sleep(1000);   // long enough for the platform to pick them up, were it to
            assertEquals("no JAX-RS whiteboard runtime besides the platform's applications", null,
                    bundleContext.getServiceReference("org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime"));
            for (String path : List.of("/stray", "/api/v1/stray")) {
                Answer anonymous = get(path, null);
                Answer admin = get(path, ADMIN);
                System.out.printf("ApplicationIsolationIT: GET %s anonymous %d, admin %d%n", path, anonymous.status(),
                        admin.status());
                assertEquals("never served: " + anonymous.body(), 404, anonymous.status());
                assertEquals("never served, not even with credentials: " + admin.body(), 404, admin.status());
            }
            Answer openapi = get("/api/v1/openapi.json", ADMIN);
            assertEquals("the platform still answers: " + openapi.body(), 200, openapi.status());
            assertTrue("the orphan serves nothing", openapi.body().indexOf("probe") < 0);
        } finally {
            orphan.unregister();
            stray.unregister();
        }
    }

    @Test
    public void aPluginOfApi10StillResolvesAndIsServedInThePlatformsApplication() throws Exception {
        // the JAX-RS whiteboard's annotations make a bundle require a whiteboard implementation: platform-rest is it
        Manifest manifest = new Manifest();
        Attributes headers = manifest.getMainAttributes();
        headers.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.putValue("Bundle-ManifestVersion", "2");
        headers.putValue("Bundle-SymbolicName", "org.asskomm.itests.api10-plugin");
        headers.putValue("Bundle-Version", "1.0.0");
        headers.putValue("Require-Capability", "osgi.implementation;filter:=\"(&(osgi.implementation=osgi.jaxrs)"
                + "(version>=1.0.0)(!(version>=2.0.0)))\"");
        ByteArrayOutputStream jar = new ByteArrayOutputStream();
        new JarOutputStream(jar, manifest).close();
        Bundle plugin = bundleContext.installBundle("api10-plugin", new ByteArrayInputStream(jar.toByteArray()));
        try {
            plugin.start();   // "missing requirement osgi.implementation" if nobody provided it
            assertEquals(Bundle.ACTIVE, plugin.getState());
        } finally {
            plugin.uninstall();
        }
        // its resources carry the two service properties of API 1.0 and land in the platform's application
        Hashtable<String, Object> api10 = new Hashtable<>(Map.of("osgi.jaxrs.resource", true,
                "osgi.jaxrs.application.select", "(osgi.jaxrs.name=asskomm)"));
        ServiceRegistration<?> resource = bundleContext.registerService(Api10Resource.class, new Api10Resource(), api10);
        try {
            Answer served = awaitStatus("/api/v1/api10-probe", 200, Duration.ofSeconds(10));
            assertEquals("api 1.0", served.get("hello").asText());
            assertEquals("behind the platform's authentication", 401, get("/api/v1/api10-probe", null).status());
        } finally {
            resource.unregister();
        }
        awaitStatus("/api/v1/api10-probe", 404, Duration.ofSeconds(10));
    }

    @Path("/api10-probe")
    @Produces("application/json")
    public static class Api10Resource {
        @GET
        public Map<String, String> hello() {
            return Map.of("hello", "api 1.0");
        }
    }

    @Path("/stray")
    @Produces("application/json")
    public static class StrayResource {
        @GET
        public Map<String, String> hello() {
            return Map.of("hello", "stray");
        }
    }
}
