package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A rolling module upgrade (issue 26; docs/plugin-guide.md, "Schema changes across a rolling upgrade"): two nodes on
 * one PostgreSQL behind nginx, 4 clients reading and writing agreements through nginx. Node by node: drained from
 * nginx, the module moved to a new bundle version with an additive (expand) migration through the module store
 * ({@code ?version=&group=}), checked, put back. 0 failed requests, both nodes at the new version, all data present.
 * Then a release with a broken migration: the roll stops on node A (kept out of nginx, the failure visible from
 * node B), the cluster serves the old version throughout, and node A goes back to it (the rollback).
 * Needs {@code -Dasskomm.itest.postgres} and nginx (both set up by {@code .ci/run}).
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RollingUpgradeIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = KarafProcess.ADMIN;
    private static final String FRANKENBERG = KarafProcess.FRANKENBERG;
    private static final String FEATURE = "asskomm-agreements";
    private static final String EXPANDED = "0.1.1";
    private static final String BROKEN = "0.1.2";
    private static final Duration ROLL_STEP = Duration.ofSeconds(120);

    private static String database;
    /** The agreements module's schema version as shipped; the expanded release adds one migration, the broken one two. */
    private static int shippedSchema;
    private static String brokenScript;
    private static KarafProcess a;
    private static KarafProcess b;
    private static Nginx nginx;
    private static final Map<String, String> acknowledged = new ConcurrentHashMap<>();

    @BeforeClass
    public static void twoNodesBehindNginxWithTwoNewReleases() throws Exception {
        database = KarafProcess.freshPostgresDatabase().orElseThrow(() -> new IllegalStateException(
                "RollingUpgradeIT needs -Dasskomm.itest.postgres=jdbc:postgresql://host:port/ (see .ci/run)"));
        assertTrue("RollingUpgradeIT needs nginx (installed by .ci/run)", Nginx.installed());
        Path dir = Path.of("target", "rolling-upgrade-it").toAbsolutePath();
        a = KarafProcess.unpack(dir.resolve("a")).usePostgres(database).withModules(FEATURE);
        b = KarafProcess.unpack(dir.resolve("b")).usePostgres(database).withModules(FEATURE);
        a.append("etc/system.properties", "asskomm.node.group = node-a");
        b.append("etc/system.properties", "asskomm.node.group = node-b");
        for (KarafProcess node : List.of(a, b)) {
            node.append("etc/org.asskomm.rest.cfg", "trustedProxies = 127.0.0.1");
        }
        a.start();
        b.start();
        a.awaitReady("/api/v1/agreements");
        b.awaitReady("/api/v1/agreements");
        expect(200, a.call("PUT", "/api/v1/municipalities/14522150/modules/agreements", ADMIN, null));

        // the new releases, as a module author ships them: a features repository with the new bundle versions
        byte[] shipped = ModuleJars.shipped(a.home(), "agreements");
        shippedSchema = ModuleJars.lastMigration(shipped, "agreements");
        byte[] expanded = ModuleJars.withMigration(shipped, EXPANDED, "agreements",
                ModuleJars.nextMigration(shipped, "agreements", "add_review_note"),
                "ALTER TABLE agreements_agreement ADD COLUMN review_note VARCHAR(200);\n");   // expand: nullable, unused by 0.1.0
        brokenScript = ModuleJars.nextMigration(expanded, "agreements", "broken");
        byte[] broken = ModuleJars.withMigration(expanded, BROKEN, "agreements", brokenScript,
                "ALTER TABLE agreements_agreement ADD COLUMN reviewed_by VARCHAR(200);\n"
                        + "UPDATE agreements_agreement SET no_such_column = 'x';\n");
        Path features = ModuleJars.featuresRepository(dir.resolve("repo"), FEATURE, "agreements",
                new java.util.LinkedHashMap<>(Map.of(EXPANDED, expanded, BROKEN, broken)));
        // added through node A only: the repository is cluster state, node B offers it too (its roll step needs it)
        expect(200, a.call("POST", "/api/v1/platform/repositories", ADMIN,
                JSON.writeValueAsString(Map.of("uri", features.toUri().toString()))));
        // each client request on a connection of its own: see Nginx.startIfInstalled
        nginx = Nginx.startIfInstalled(dir.resolve("nginx"), false, a.port(), b.port());
    }

    @AfterClass
    public static void stopAll() throws Exception {
        for (AutoCloseable running : new AutoCloseable[] {nginx, a, b}) {
            if (running != null) {
                running.close();
            }
        }
    }

    @Test
    public void t1_nodeByNodeToTheExpandedReleaseWithoutAFailedRequest() throws Exception {
        try (Clients clients = new Clients(nginx.baseUrl(), 4)) {
            Thread.sleep(2000);
            assertTrue("node A upgraded", roll(a, "node-a", EXPANDED, shippedSchema + 1));
            Thread.sleep(2000);   // old and new version serve side by side
            assertTrue("node B upgraded", roll(b, "node-b", EXPANDED, shippedSchema + 1));
            expect(202, a.call("PUT", "/api/v1/platform/features/" + FEATURE + "?version=" + EXPANDED, ADMIN, null));
            Thread.sleep(2000);
            clients.stopAndReport("rolling upgrade to " + EXPANDED);
        }
        JsonNode cluster = json(expect(200, b.call("GET", "/api/v1/platform/cluster", ADMIN, null)));
        for (JsonNode node : cluster.get("nodes")) {
            assertTrue(node.toString(), node.get("installed").toString().contains("\"" + FEATURE + "/" + EXPANDED + "\""));
        }
        assertEquals(1, columns("review_note"));
        everyAcknowledgedWriteIsOnBothNodes();
    }

    @Test
    public void t2_aBrokenMigrationStopsTheRollOnNodeAAndTheClusterKeepsServing() throws Exception {
        try (Clients clients = new Clients(nginx.baseUrl(), 4)) {
            Thread.sleep(2000);
            assertFalse("the roll stops on node A", roll(a, "node-a", BROKEN, shippedSchema + 2));
            // node A is out of nginx; the failure is known on node B too
            JsonNode cluster = json(expect(200, b.call("GET", "/api/v1/platform/cluster", ADMIN, null)));
            boolean seen = false;
            for (JsonNode m : cluster.get("migrations")) {
                seen |= m.get("moduleId").asText().equals("agreements") && m.hasNonNull("error")
                        && m.get("error").asText().startsWith(brokenScript);
            }
            assertTrue("node B knows node A's failed migration: " + cluster.get("migrations"), seen);
            assertEquals(0, columns("reviewed_by"));   // rolled back with its transaction
            // rollback of node A to the release the cluster runs, then back into nginx
            expect(202, b.call("PUT", "/api/v1/platform/features/" + FEATURE + "?version=" + EXPANDED + "&group=node-a",
                    ADMIN, null));
            assertTrue("node A back on " + EXPANDED, awaitModule(a, "node-a", EXPANDED, shippedSchema + 1));
            nginx.restore();
            Thread.sleep(2000);
            clients.stopAndReport("broken release stopped on node A, node A rolled back");
        }
        everyAcknowledgedWriteIsOnBothNodes();
    }

    /**
     * One step of the roll, as docs/plugin-guide.md describes it: drain the node, move its group to the version,
     * wait until the node has it and the module is up at the schema version; put it back into nginx only then.
     */
    private static boolean roll(KarafProcess node, String group, String version, int schemaVersion) throws Exception {
        nginx.drain(node.port());
        expect(202, node.call("PUT", "/api/v1/platform/features/" + FEATURE + "?version=" + version + "&group=" + group,
                ADMIN, null));
        if (!awaitModule(node, group, version, schemaVersion)) {
            return false;   // stays drained
        }
        nginx.restore();
        return true;
    }

    /** True once the node runs the feature version with the module UP at the schema version; false when it FAILED. */
    private static boolean awaitModule(KarafProcess node, String group, String version, int schemaVersion) throws Exception {
        long deadline = System.nanoTime() + ROLL_STEP.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            JsonNode cluster = json(expect(200, node.call("GET", "/api/v1/platform/cluster", ADMIN, null)));
            boolean installed = false;
            for (JsonNode n : cluster.get("nodes")) {
                installed |= n.get("group").asText().equals(group)
                        && n.get("installed").toString().contains("\"" + FEATURE + "/" + version + "\"");
            }
            JsonNode health = json(node.call("GET", "/api/v1/health", ADMIN, null));
            for (JsonNode m : health.get("modules")) {
                if (m.get("id").asText().equals("agreements")) {
                    last = m.toString();
                    if (installed && m.get("status").asText().equals("FAILED")) {
                        System.out.println("RollingUpgradeIT: " + version + " failed on " + node.home() + ": " + last);
                        return false;
                    }
                    if (installed && m.get("status").asText().equals("UP") && m.get("schemaVersion").asInt() == schemaVersion
                            && node.call("GET", "/api/v1/agreements", ADMIN, null).statusCode() == 200) {
                        return true;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("node " + node.home() + " did not reach " + version + " within " + ROLL_STEP + ": " + last);
    }

    private static void everyAcknowledgedWriteIsOnBothNodes() throws Exception {
        assertFalse(acknowledged.isEmpty());
        for (Map.Entry<String, String> w : acknowledged.entrySet()) {
            for (KarafProcess node : List.of(a, b)) {
                JsonNode stored = json(expect(200, node.call("GET", "/api/v1/agreements/" + w.getKey(), FRANKENBERG, null)));
                assertEquals(w.getValue(), stored.get("subject").asText());
            }
        }
    }

    private static int columns(String column) throws Exception {
        try (Connection c = DriverManager.getConnection(database, KarafProcess.postgresUser(), KarafProcess.postgresPassword());
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM information_schema.columns"
                     + " WHERE table_name = 'agreements_agreement' AND column_name = '" + column + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Clients writing an agreement and reading it back, in turn, through nginx; every other answer is a failure. */
    private static final class Clients implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger requests = new AtomicInteger();
        private final Map<String, Integer> failures = new ConcurrentHashMap<>();
        private final ExecutorService threads;

        Clients(String base, int count) {
            threads = Executors.newFixedThreadPool(count);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            for (int t = 0; t < count; t++) {
                int client = t;
                threads.submit(() -> {
                    String lastId = null;
                    for (int n = 0; running.get(); n++) {
                        boolean write = n % 2 == 0 || lastId == null;
                        String subject = "rolling " + client + "-" + n + "-" + System.nanoTime();
                        try {
                            HttpResponse<String> r = write
                                    ? KarafProcess.send(http, base, "POST", "/api/v1/agreements", FRANKENBERG,
                                            TwoNodeIT.agreement(subject).toString())
                                    : KarafProcess.send(http, base, "GET", "/api/v1/agreements/" + lastId, FRANKENBERG, null);
                            if (r.statusCode() != (write ? 201 : 200)) {
                                failures.merge((write ? "POST " : "GET ") + r.statusCode(), 1, Integer::sum);
                            } else if (write) {
                                lastId = json(r).get("id").asText();
                                acknowledged.put(lastId, subject);
                            }
                        } catch (IOException e) {
                            failures.merge(e.getClass().getSimpleName() + ": " + e.getMessage(), 1, Integer::sum);
                        }
                        requests.incrementAndGet();
                        Thread.sleep(20);
                    }
                    return null;
                });
            }
        }

        void stopAndReport(String what) throws InterruptedException {
            running.set(false);
            threads.shutdown();
            assertTrue(threads.awaitTermination(60, TimeUnit.SECONDS));
            System.out.printf("RollingUpgradeIT (%s): %d requests by 4 clients through nginx, failed: %s%n", what,
                    requests.get(), failures);
            assertTrue(requests.get() > 100);
            assertEquals("failed requests: " + failures, Map.of(), failures);
        }

        @Override
        public void close() throws InterruptedException {
            running.set(false);
            threads.shutdownNow();
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
        assertEquals(r.body(), status, r.statusCode());
        return r;
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
