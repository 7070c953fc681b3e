package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runners.MethodSorters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One module choice for the whole cluster (issue 26): two nodes of the distribution on one PostgreSQL database; a
 * module installed or uninstalled through node A's API is served (or gone) on node B within 10 s, both nodes report
 * that they converged, and node B restarted with an empty {@code data/} and an {@code etc/} that lacks the module
 * gets it back from the database. Needs {@code -Dasskomm.itest.postgres} (set by {@code .ci/run}).
 */
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ClusterModulesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = KarafProcess.ADMIN;
    private static final String FEATURE = "asskomm-training";
    private static final String SERVED = "/api/v1/training/courses";
    private static final Duration BOUND = Duration.ofSeconds(10);

    private static KarafProcess a;
    private static KarafProcess b;

    @BeforeClass
    public static void twoNodes() throws Exception {
        String database = KarafProcess.freshPostgresDatabase().orElseThrow(() -> new IllegalStateException(
                "ClusterModulesIT needs -Dasskomm.itest.postgres=jdbc:postgresql://host:port/ (see .ci/run)"));
        Path dir = Path.of("target", "cluster-modules-it");
        a = KarafProcess.unpack(dir.resolve("a")).usePostgres(database).withModules("asskomm-agreements");
        b = KarafProcess.unpack(dir.resolve("b")).usePostgres(database).withModules("asskomm-agreements");
        a.start();
        b.start();
        a.awaitReady("/api/v1/agreements");
        b.awaitReady("/api/v1/agreements");
    }

    @AfterClass
    public static void stopAll() throws Exception {
        for (KarafProcess node : new KarafProcess[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    public void t1_aModuleInstalledThroughNodeAIsServedByNodeB() throws Exception {
        assertEquals(404, b.call("GET", SERVED, ADMIN, null).statusCode());
        long start = System.nanoTime();
        expect(202, a.call("PUT", "/api/v1/platform/features/" + FEATURE, ADMIN, null));
        b.await(SERVED, 200, BOUND);
        double seconds = (System.nanoTime() - start) / 1e9;
        a.await(SERVED, 200, BOUND);
        System.out.printf("ClusterModulesIT: %s installed through node A, served by node B after %.2f s%n", FEATURE, seconds);
        JsonNode cluster = awaitConverged(b);
        assertTrue(cluster.toString(), installedOnEveryNode(cluster, FEATURE));
        JsonNode entry = desired(cluster, FEATURE);
        assertTrue(entry.get("wanted").asBoolean());
        assertEquals("*", entry.get("group").asText());
        assertEquals(ADMIN, entry.get("changedBy").asText());
        // B's own operation is in the database, readable through A
        assertTrue(awaitConverged(a).get("operations").toString(), operationsOf(awaitConverged(a), FEATURE).size() == 2);
    }

    @Test
    public void t2_anUninstallThroughNodeAReachesNodeB() throws Exception {
        long start = System.nanoTime();
        expect(202, a.call("DELETE", "/api/v1/platform/features/" + FEATURE, ADMIN, null));
        b.await(SERVED, 404, BOUND);
        double seconds = (System.nanoTime() - start) / 1e9;
        a.await(SERVED, 404, BOUND);
        System.out.printf("ClusterModulesIT: %s uninstalled through node A, gone on node B after %.2f s%n", FEATURE, seconds);
        JsonNode cluster = awaitConverged(a);
        assertTrue(cluster.toString(), !installedOnAnyNode(cluster, FEATURE));
        for (JsonNode op : operationsOf(cluster, FEATURE)) {
            assertEquals(op.toString(), "UNINSTALLED", op.get("status").get("state").asText());
        }
        // the modules both nodes share stay, and so does their data
        expect(200, b.call("GET", "/api/v1/agreements", ADMIN, null));
    }

    @Test
    public void t3_nodeBRestartedWithEmptyDataAndAnEtcLackingTheModuleGetsItBack() throws Exception {
        expect(202, b.call("PUT", "/api/v1/platform/features/" + FEATURE, ADMIN, null));
        a.await(SERVED, 200, BOUND);
        b.await(SERVED, 200, BOUND);
        awaitConverged(a);
        b.stop();
        KarafProcess.deleteTree(b.home().resolve("data"));
        b.withModules("asskomm-agreements");   // etc/ as a new distribution brings it: without the module
        b.start();
        b.awaitReady("/api/v1/agreements", SERVED);
        JsonNode cluster = awaitConverged(a);
        assertTrue(cluster.toString(), installedOnEveryNode(cluster, FEATURE));
        assertEquals("both nodes reported", 2, cluster.get("nodes").size());
        // every node's migration results are visible from every node, none failed
        List<String> trainingMigrations = new ArrayList<>();
        for (JsonNode m : cluster.get("migrations")) {
            assertNull(m.toString(), m.get("error"));   // the API leaves out null fields
            if (m.get("moduleId").asText().equals("training")) {
                trainingMigrations.add(m.get("node").asText());
            }
        }
        assertEquals(cluster.get("migrations").toString(), 2, trainingMigrations.size());
    }

    @Test
    public void t4_onlyLprAdminsReadTheClusterStateAndWrongInputIsNamed() throws Exception {
        assertEquals(403, a.call("GET", "/api/v1/platform/cluster", KarafProcess.FRANKENBERG, null).statusCode());
        HttpResponse<String> badGroup = a.call("PUT", "/api/v1/platform/features/" + FEATURE + "?group=no%20way", ADMIN, null);
        assertEquals(badGroup.body(), 400, badGroup.statusCode());
        assertTrue(badGroup.body(), badGroup.body().contains("\"group\""));
        HttpResponse<String> badVersion = a.call("PUT", "/api/v1/platform/features/" + FEATURE + "?version=9.9.9", ADMIN, null);
        assertEquals(badVersion.body(), 400, badVersion.statusCode());
        assertTrue(badVersion.body(), badVersion.body().contains("\"version\""));
        // a group no node belongs to: desired for that group only, nothing changes on the nodes
        long revision = json(a.call("GET", "/api/v1/platform/cluster", ADMIN, null)).get("revision").asLong();
        expect(202, a.call("DELETE", "/api/v1/platform/features/" + FEATURE + "?group=elsewhere", ADMIN, null));
        JsonNode cluster = awaitConverged(b);
        assertEquals(revision + 1, cluster.get("revision").asLong());
        assertTrue(cluster.toString(), installedOnEveryNode(cluster, FEATURE));
        expect(200, b.call("GET", SERVED, ADMIN, null));
    }

    /** Polls the cluster state on the node until both nodes report converged at the current revision. */
    private static JsonNode awaitConverged(KarafProcess node) throws Exception {
        long deadline = System.nanoTime() + BOUND.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = json(expect(200, node.call("GET", "/api/v1/platform/cluster", ADMIN, null)));
            boolean all = last.get("nodes").size() == 2;
            for (JsonNode n : last.get("nodes")) {
                all &= n.get("converged").asBoolean() && n.get("alive").asBoolean()
                        && n.get("appliedRevision").asLong() == last.get("revision").asLong();
            }
            if (all) {
                for (JsonNode n : last.get("nodes")) {
                    assertEquals(n.toString(), 0, n.get("pending").size());
                }
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the nodes did not report converged within " + BOUND + ": " + last);
    }

    private static boolean installedOnEveryNode(JsonNode cluster, String feature) {
        boolean all = true;
        for (JsonNode n : cluster.get("nodes")) {
            all &= n.get("installed").toString().contains("\"" + feature + "/");
        }
        return all;
    }

    private static boolean installedOnAnyNode(JsonNode cluster, String feature) {
        for (JsonNode n : cluster.get("nodes")) {
            if (n.get("installed").toString().contains("\"" + feature + "/")) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode desired(JsonNode cluster, String feature) {
        for (JsonNode d : cluster.get("desired")) {
            if (d.get("feature").asText().equals(feature) && d.get("group").asText().equals("*")) {
                return d;
            }
        }
        throw new AssertionError("no desired entry for " + feature + ": " + cluster);
    }

    private static List<JsonNode> operationsOf(JsonNode cluster, String feature) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode op : cluster.get("operations")) {
            if (op.get("status").get("name").asText().equals(feature)) {
                result.add(op);
            }
        }
        return result;
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
        assertEquals(r.body(), status, r.statusCode());
        return r;
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
