package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code kill -9} in the middle of a stream of writes: every acknowledged write is there after the restart,
 * intact, and no record is half-written. Runs on H2 by default and on PostgreSQL with
 * {@code -Dasskomm.itest.postgres} (see {@code .ci/run}). The write is an agreement with three parties and
 * their signatories: four tables in one transaction.
 */
public class CrashSafetyIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AGS = "14522150";
    private static final int WRITERS = 6;
    /** Acknowledged writes before the kill: enough for a stream, small enough for CI. */
    private static final int KILL_AFTER = 150;

    private KarafProcess karaf;

    @After
    public void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    @Test
    public void everyAcknowledgedWriteSurvivesKillMinus9AndNothingIsHalfWritten() throws Exception {
        karaf = KarafProcess.unpack(Path.of("target", "crash-it")).withModules("asskomm-agreements");
        String database = "H2";
        var postgres = KarafProcess.freshPostgresDatabase();
        if (postgres.isPresent()) {
            karaf.usePostgres(postgres.get());
            database = "PostgreSQL";
        }
        karaf.start().awaitReady("/api/v1/agreements");
        HttpResponse<String> enabled = karaf.call("PUT", "/api/v1/municipalities/" + AGS + "/modules/agreements",
                KarafProcess.ADMIN, null);
        assertEquals(enabled.body(), 200, enabled.statusCode());

        Map<String, JsonNode> sent = new ConcurrentHashMap<>();          // subject -> request body
        Map<String, JsonNode> acknowledged = new ConcurrentHashMap<>();  // id -> request body
        AtomicInteger refused = new AtomicInteger();
        CountDownLatch enoughWritten = new CountDownLatch(KILL_AFTER);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int n = 0; ; n++) {
                    ObjectNode body = agreement("crash " + writer + "-" + n, n % 3 + 2);
                    sent.put(body.get("subject").asText(), body);
                    try {
                        HttpResponse<String> answer = karaf.call("POST", "/api/v1/agreements", KarafProcess.FRANKENBERG,
                                body.toString());
                        if (answer.statusCode() == 201) {
                            acknowledged.put(JSON.readTree(answer.body()).get("id").asText(), body);
                            enoughWritten.countDown();
                        } else {
                            refused.incrementAndGet();
                        }
                    } catch (IOException e) {
                        return null; // the JVM is gone: this writer's last request is unacknowledged
                    }
                }
            });
        }
        assertTrue("writes were acknowledged before the kill", enoughWritten.await(120, TimeUnit.SECONDS));
        karaf.kill();
        writers.shutdown();
        assertTrue(writers.awaitTermination(60, TimeUnit.SECONDS));
        int sentCount = sent.size();
        int acknowledgedCount = acknowledged.size();

        karaf.start().awaitReady("/api/v1/agreements");
        List<JsonNode> found = allAgreements();
        int unacknowledgedPresent = 0;
        List<String> torn = new ArrayList<>();
        for (JsonNode summary : found) {
            String id = summary.get("id").asText();
            JsonNode expected = acknowledged.get(id);
            if (expected == null) {
                unacknowledgedPresent++;
                expected = sent.get(summary.get("subject").asText());
                assertTrue("an agreement nobody sent: " + summary, expected != null);
            }
            JsonNode stored = JSON.readTree(karaf.call("GET", "/api/v1/agreements/" + id, KarafProcess.ADMIN, null).body());
            if (!expected.get("subject").equals(stored.get("subject")) || !expected.get("goals").equals(stored.get("goals"))
                    || !parties(expected).equals(parties(stored))) {
                torn.add(id + " " + parties(stored));
            }
        }
        List<String> missing = new ArrayList<>(acknowledged.keySet());
        found.forEach(summary -> missing.remove(summary.get("id").asText()));
        System.out.printf("CrashSafetyIT on %s: writes sent %d, acknowledged %d, found after the crash %d"
                        + " (acknowledged but missing %d), unacknowledged but present %d, half-written %d, refused %d%n",
                database, sentCount, acknowledgedCount, found.size(), missing.size(), unacknowledgedPresent,
                torn.size(), refused.get());
        assertEquals("acknowledged writes lost", List.of(), missing);
        assertEquals("half-written agreements", List.of(), torn);
        if (postgres.isPresent()) {
            assertNoOrphanRows(postgres.get(), found.size());
        }
        assertEquals("no write refused before the kill", 0, refused.get());
    }

    /**
     * The child tables seen directly: every party and signatory row belongs to an agreement the API lists
     * (each was compared with what was sent above), and no agreement row lacks its parties.
     */
    private static void assertNoOrphanRows(String url, int agreements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, KarafProcess.postgresUser(), KarafProcess.postgresPassword());
             Statement s = c.createStatement()) {
            assertEquals(agreements, count(s, "SELECT COUNT(*) FROM agreements_agreement"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM agreements_agreement a WHERE NOT EXISTS"
                    + " (SELECT 1 FROM agreements_party p WHERE p.agreement_id = a.id)"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM agreements_party p WHERE NOT EXISTS"
                    + " (SELECT 1 FROM agreements_agreement a WHERE a.id = p.agreement_id)"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM agreements_party p WHERE NOT EXISTS"
                    + " (SELECT 1 FROM agreements_signatory s WHERE s.party_id = p.id)"));
            assertEquals(0, count(s, "SELECT COUNT(*) FROM agreements_signatory s WHERE NOT EXISTS"
                    + " (SELECT 1 FROM agreements_party p WHERE p.id = s.party_id)"));
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An agreement draft with {@code parties} parties of two signatories each: five to seven rows in four tables. */
    private static ObjectNode agreement(String subject, int parties) {
        ObjectNode body = JSON.createObjectNode().put("municipality", AGS).put("subject", subject);
        body.putArray("goals").add("goal of " + subject).add("second goal");
        body.putArray("measures").add("measure of " + subject);
        ArrayNode list = body.putArray("parties");
        for (int p = 0; p < parties; p++) {
            ObjectNode party = list.addObject().put("organisation", subject + " party " + p)
                    .put("type", p == 0 ? "MUNICIPALITY" : "POLICE");
            party.put("municipality", p == 0 ? AGS : null);
            ArrayNode signatories = party.putArray("signatories");
            signatories.addObject().put("name", "Signatory A of " + p).put("function", "Leitung");
            signatories.addObject().put("name", "Signatory B of " + p).put("function", "Stellvertretung");
        }
        return body;
    }

    /** Parties as organisation and signatory names, the part that lives in child tables. */
    private static List<String> parties(JsonNode agreement) {
        List<String> result = new ArrayList<>();
        for (JsonNode party : agreement.get("parties")) {
            StringBuilder s = new StringBuilder(party.get("organisation").asText()).append(':');
            party.get("signatories").forEach(x -> s.append(x.get("name").asText()).append('/')
                    .append(x.get("function").asText()).append(';'));
            result.add(s.toString());
        }
        return result;
    }

    private List<JsonNode> allAgreements() throws Exception {
        List<JsonNode> all = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            HttpResponse<String> page = karaf.call("GET", "/api/v1/agreements?limit=500&offset=" + offset,
                    KarafProcess.ADMIN, null);
            assertEquals(page.body(), 200, page.statusCode());
            JsonNode items = JSON.readTree(page.body()).get("items");
            items.forEach(all::add);
            if (items.size() < 500) {
                return all;
            }
        }
    }
}
