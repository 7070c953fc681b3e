package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Sql;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/** The core feature in the real distribution: registry, errors, security, enablement, audit, OpenAPI. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIT extends AsskommTestSupport {

    @Inject
    private AuditLog auditLog;
    @Inject
    private Database database;

    /** A user of its own for the throttling step, so that no other test's user is locked out. */
    private static final String READER = "reader";

    @Configuration
    public Option[] config() {
        List<Option> options = new java.util.ArrayList<>(List.of(baseOptions()));
        options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut(
                "etc/users.properties", READER, PASSWORD + ", viewer"));
        return options.toArray(Option[]::new);
    }

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
    }

    @Test
    public void healthIsAnonymousAndReportsTheDatabase() {
        Answer anonymous = get("/api/v1/health", null);
        assertEquals(200, anonymous.status());
        assertEquals("status only for anonymous callers", "{\"status\":\"UP\"}", anonymous.json().toString());
        Answer health = get("/api/v1/health", ADMIN);
        assertEquals("UP", health.get("status").asText());
        assertEquals("UP", health.get("database").get("status").asText());
        assertEquals(System.getProperty("asskomm.itest.database"), health.get("database").get("product").asText());
    }

    @Test
    public void metricsCountRequestsPerEndpointForAdminsOnly() throws Exception {
        get("/api/v1/health", null);
        get("/api/v1/municipalities/14522150", VIEWER);
        get("/api/v1/municipalities/14522150", VIEWER);
        assertEquals(401, get("/api/v1/metrics", null).status());
        assertEquals(403, get("/api/v1/metrics", VIEWER).status());
        Answer metrics = get("/api/v1/metrics", ADMIN);
        assertEquals(200, metrics.status());
        assertTrue(metrics.contentType(), metrics.contentType().startsWith("text/plain"));
        String text = metrics.body();
        System.out.println("GET /api/v1/metrics (excerpt):\n" + text.lines()
                .filter(l -> l.contains("/municipalities/{ags}") || l.startsWith("asskomm_db") || l.startsWith("jvm_memory"))
                .collect(java.util.stream.Collectors.joining("\n")));
        java.util.regex.Matcher count = java.util.regex.Pattern.compile(
                "asskomm_http_requests_total\\{method=\"GET\",path=\"/municipalities/\\{(\\w+)}\",status=\"2xx\"} (\\d+)")
                .matcher(text);
        assertTrue(text, count.find());
        assertTrue(text, Long.parseLong(count.group(2)) >= 2);
        assertTrue(text, text.contains("asskomm_http_requests_total{method=\"GET\",path=\"/metrics\",status=\"4xx\"}"));
        assertTrue(text, text.contains("# TYPE asskomm_http_request_duration_seconds histogram"));
        assertTrue(text, text.matches("(?s).*asskomm_db_pool_active_connections\\{pool=\"[^\"]+\"} \\d+.*"));
        assertTrue(text, text.matches("(?s).*\njvm_memory_heap_used_bytes [1-9]\\d*\n.*"));
    }

    @Test
    public void theCoreLogsJsonLinesToAFileOfItsOwn() throws Exception {
        java.nio.file.Path file = java.nio.file.Path.of(bundleContext.getProperty("karaf.data"), "log", "modules",
                "org.asskomm.platform-core.json");
        assertTrue(file + " exists", java.nio.file.Files.isRegularFile(file));
        String first = java.nio.file.Files.readAllLines(file).get(0);
        JsonNode line = JSON.readTree(first);
        assertEquals(first, "org.asskomm.platform-core", line.get("context").get("bundle.name").asText());
        assertNotNull(first, line.get("time"));
        assertNotNull(first, line.get("level"));
        assertNotNull(first, line.get("message"));
    }

    @Test
    public void frankenbergIsInTheRegistryWithItsPopulation() {
        Answer a = get("/api/v1/municipalities/14522150", VIEWER);
        assertEquals(200, a.status());
        assertTrue(a.get("name").asText().startsWith("Frankenberg/Sa."));
        assertEquals("Mittelsachsen", a.get("district").asText());
        assertEquals(13750, a.get("population").asLong());
    }

    @Test
    public void allSaxonMunicipalitiesArePagedAndFilteredByDistrict() {
        assertEquals(418, get("/api/v1/municipalities?limit=1", VIEWER).get("total").asLong());
        Set<String> seen = new HashSet<>();
        long total = -1;
        for (int offset = 0; total < 0 || offset < total; offset += 20) {
            Answer page = get("/api/v1/municipalities?district=Mittelsachsen&limit=20&offset=" + offset, VIEWER);
            assertEquals(200, page.status());
            total = page.get("total").asLong();
            for (JsonNode m : page.get("items")) {
                assertEquals("Mittelsachsen", m.get("district").asText());
                assertTrue("no municipality twice", seen.add(m.get("ags").asText()));
            }
        }
        assertEquals(total, seen.size());
        assertTrue(seen.contains("14522150"));
        Answer search = get("/api/v1/municipalities?q=frankenberg", VIEWER);
        assertEquals(1, search.get("total").asLong());
    }

    @Test
    public void badInputIsAProblemNamingTheField() {
        Answer malformed = get("/api/v1/municipalities/1452215x", VIEWER);
        assertEquals(400, malformed.status());
        assertTrue(malformed.contentType().startsWith("application/problem+json"));
        assertEquals("ags", malformed.get("errors").get(0).get("field").asText());

        Answer unknown = get("/api/v1/municipalities/09162000", VIEWER);
        assertEquals(404, unknown.status());
        assertTrue(unknown.contentType().startsWith("application/problem+json"));

        Answer badLimit = get("/api/v1/municipalities?limit=many", VIEWER);
        assertEquals(400, badLimit.status());
        assertEquals("limit", badLimit.get("errors").get(0).get("field").asText());
        assertEquals(400, get("/api/v1/municipalities?limit=100000", VIEWER).status());

        Answer noSuchPath = get("/api/v1/no-such-thing", VIEWER);
        assertEquals(404, noSuchPath.status());
        assertTrue(noSuchPath.contentType().startsWith("application/problem+json"));
    }

    /** Problems by message key: German by default and for de-DE, English for en; titles and field labels too. */
    @Test
    public void problemsSpeakTheCallersLanguage() {
        String path = "/api/v1/municipalities?limit=many";
        for (String german : new String[] {"de-DE", null, "de-DE,de;q=0.9,en;q=0.8"}) {
            Answer de = send("GET", path, VIEWER, null, null, german);
            assertEquals(400, de.status());
            assertEquals(de.body(), "Ungültige Eingabe", de.get("title").asText());
            JsonNode error = de.get("errors").get(0);
            assertEquals("limit", error.get("field").asText());
            assertEquals(de.body(), "Anzahl", error.get("label").asText());
            assertEquals(de.body(), "muss eine ganze Zahl sein", error.get("message").asText());
            assertEquals(de.body(), "Ungültige Eingabe: Anzahl muss eine ganze Zahl sein", de.get("detail").asText());
        }
        Answer en = send("GET", path, VIEWER, null, null, "en");
        assertEquals(en.body(), "Invalid input", en.get("title").asText());
        assertEquals(en.body(), "must be a whole number", en.get("errors").get(0).get("message").asText());

        Answer missing = send("GET", "/api/v1/municipalities/09162000", VIEWER, null, null, "de-DE");
        assertEquals(404, missing.status());
        assertEquals(missing.body(), "Nicht gefunden", missing.get("title").asText());
        assertEquals(missing.body(), "Es gibt keine Gemeinde mit dem Schlüssel 09162000.", missing.get("detail").asText());
        assertEquals("Not found", send("GET", "/api/v1/municipalities/09162000", VIEWER, null, null, "en")
                .get("title").asText());
        assertEquals("Nicht gefunden", get("/api/v1/no-such-thing", VIEWER).get("title").asText());
        assertEquals("Nicht gefunden", get("/api/v2/anything", VIEWER).get("title").asText());
        Answer anonymous = send("GET", "/api/v1/municipalities", null, null, null, null);
        assertEquals(anonymous.body(), "Anmeldung erforderlich", anonymous.get("title").asText());
        assertEquals("Authentication required",
                send("GET", "/api/v1/municipalities", null, null, null, "en").get("title").asText());
        Answer forbidden = get("/api/v1/audit", FRANKENBERG);
        assertEquals(forbidden.body(), "Zugriff verweigert", forbidden.get("title").asText());
    }

    @Test
    public void credentialsAreRequiredAndChecked() {
        Answer anonymous = get("/api/v1/municipalities", null);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"));
        Answer wrong = send("GET", "/api/v1/municipalities", "nobody", null, null);
        assertEquals(401, wrong.status());
        assertEquals(403, get("/api/v1/audit", FRANKENBERG).status());
        assertEquals(403, get("/api/v1/audit", VIEWER).status());
    }

    @Test
    public void lprAdminsSeeTheRealmsUsersWithTheirRolesButNeverAPassword() {
        Answer users = get("/api/v1/users?limit=500", ADMIN);
        assertEquals(users.body(), 200, users.status());
        JsonNode frankenberg = null;
        for (JsonNode user : users.json().get("items")) {
            if (user.get("name").asText().equals(FRANKENBERG)) {
                frankenberg = user;
            }
        }
        assertNotNull(users.body(), frankenberg);
        assertEquals("[\"municipality-14522150\"]", frankenberg.get("roles").toString());
        assertTrue(users.json().get("total").asInt() >= 5);
        assertFalse(users.body(), users.body().contains(PASSWORD) || users.body().contains("CRYPT") || users.body().contains("password"));
        assertEquals(403, get("/api/v1/users", FRANKENBERG).status());
        assertEquals(403, get("/api/v1/users", POLICE).status());
        assertEquals(401, get("/api/v1/users", null).status());
    }

    @Test
    public void enablementIsPerMunicipalityAndOnlyForItsOwnStaff() {
        // Frankenberg's staff may not change another municipality's modules
        Answer foreign = put("/api/v1/municipalities/14522140/modules/no-such-module", FRANKENBERG, null);
        assertEquals(404, foreign.status());
        Answer unknownMunicipality = delete("/api/v1/municipalities/09162000/modules/anything", ADMIN);
        assertEquals(404, unknownMunicipality.status());
        Answer forbidden = delete("/api/v1/municipalities/14522140/modules/anything", FRANKENBERG);
        assertEquals(403, forbidden.status());
        Answer unknown = delete("/api/v1/municipalities/14522150/modules/anything", FRANKENBERG);
        assertEquals("no such module, neither installed nor enabled", 404, unknown.status());
    }

    /** Jetty refuses these while parsing, before any servlet: still problem+json (decision 0010). */
    @Test
    public void requestsJettyRefusesAreProblemsToo() {
        Answer nul = get("/api/v1/municipalities/%00", ADMIN);
        assertEquals(nul.body(), 400, nul.status());
        assertTrue(nul.contentType(), nul.contentType().startsWith("application/problem+json"));
        Answer longUri = get("/api/v1/municipalities?q=" + "a".repeat(20_000), ADMIN);
        assertEquals(414, longUri.status());
        assertTrue(longUri.contentType(), longUri.contentType().startsWith("application/problem+json"));
        assertEquals(414, longUri.get("status").asInt());
    }

    @Test
    public void openApiDocumentListsTheCoreEndpoints() {
        Answer doc = get("/api/v1/openapi.json", VIEWER);
        assertEquals(200, doc.status());
        assertEquals("3.0.3", doc.get("openapi").asText());
        JsonNode paths = doc.get("paths");
        assertNotNull(paths.get("/municipalities/{ags}"));
        assertNotNull(paths.get("/municipalities/{ags}/modules/{moduleId}").get("put"));
        assertNotNull(paths.get("/health").get("get").get("security"));
        assertNotNull(doc.get("components").get("schemas").get("Municipality"));
    }

    /**
     * The kernel repeats a directory answer from memory (before JAX-RS) to the same request of the same login: the
     * same bytes and headers the application gave, counted in the metrics, new after an import, and never past the
     * login throttle.
     */
    @Test
    public void repeatedDirectoryReadsAreTheApplicationsAnswerUntilTheDirectoryChanges() throws Exception {
        String path = "/api/v1/municipalities?district=Mittelsachsen&limit=100";
        HttpResponse<String> first = read(path, READER, PASSWORD);
        HttpResponse<String> second = read(path, READER, PASSWORD);
        assertEquals(200, second.statusCode());
        assertEquals(first.body(), second.body());
        for (String header : List.of("Content-Type", "Content-Length", "ETag", "Cache-Control", "X-Content-Type-Options",
                "Content-Security-Policy", "Referrer-Policy")) {
            assertTrue(header, second.headers().firstValue(header).isPresent());
            assertEquals(header, first.headers().firstValue(header), second.headers().firstValue(header));
        }
        assertTrue(second.headers().firstValue("Date").isPresent());
        assertFalse("a request id per request", first.headers().firstValue("X-Request-Id")
                .equals(second.headers().firstValue("X-Request-Id")));

        long counted = listReads();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, read(path, READER, PASSWORD).statusCode());
        }
        assertTrue("repeated answers are counted", listReads() >= counted + 5);

        byte[] shipped = shippedDirectory();
        String changed = new String(shipped, StandardCharsets.UTF_8).lines()
                .map(line -> line.startsWith("14522150,") ? line.replace(",13750,", ",13751,") : line)
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            assertEquals(200, send("POST", "/api/v1/municipalities/import", ADMIN, changed, "text/csv").status());
            HttpResponse<String> after = read(path, READER, PASSWORD);
            assertTrue(after.body(), after.body().contains("\"population\":13751"));
            assertFalse(first.headers().firstValue("ETag").equals(after.headers().firstValue("ETag")));
        } finally {
            assertEquals(200, send("POST", "/api/v1/municipalities/import", ADMIN, shipped, "text/csv").status());
        }
        assertTrue(read(path, READER, PASSWORD).body().contains("\"population\":13750"));

        // six wrong passwords start the throttle; the right one is then refused too, remembered answer or not
        for (int i = 0; i < 6; i++) {
            assertEquals(401, read(path, READER, "wrong-" + i).statusCode());
        }
        assertEquals(429, read(path, READER, PASSWORD).statusCode());
    }

    private HttpResponse<String> read(String path, String user, String password) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private long listReads() {
        java.util.regex.Matcher count = java.util.regex.Pattern.compile(
                "asskomm_http_requests_total\\{method=\"GET\",path=\"/municipalities\",status=\"2xx\"} (\\d+)")
                .matcher(get("/api/v1/metrics", ADMIN).body());
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    private byte[] shippedDirectory() throws Exception {
        for (org.osgi.framework.Bundle bundle : bundleContext.getBundles()) {
            if ("org.asskomm.platform-core".equals(bundle.getSymbolicName())) {
                try (java.io.InputStream in = bundle.getEntry("data/sachsen-gemeinden-2023-11-30.csv").openStream()) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no platform-core bundle");
    }

    @Test
    public void writesAndLoginFailuresAreAudited() {
        send("GET", "/api/v1/modules", "intruder", null, null);
        Answer audit = get("/api/v1/audit?action=LOGIN_FAILED", ADMIN);
        assertEquals(200, audit.status());
        assertTrue(audit.get("total").asLong() >= 1);
        Answer seed = get("/api/v1/audit?action=SEED", ADMIN);
        assertEquals(1, seed.get("total").asLong());
    }

    @Test
    public void retentionExpiresOldSecurityEntriesInTheRealDatabase() {
        // through the distribution's own log and database (H2, or PostgreSQL in the second pass of .ci/run)
        String module = "itest-retention";
        Instant now = Instant.now();
        for (String action : List.of("LOGIN_FAILED", "ACCESS_DENIED", "LOGIN_FAILED", "UPDATE")) {
            database.inTransaction(c -> {
                auditLog.record(c, CurrentUser.ANONYMOUS, new AuditEvent(module, "Login", null, action, null), null, null);
                return null;
            });
        }
        // age all but the last LOGIN_FAILED by 400 days, as time would
        database.inTransaction(c -> Sql.update(c, "UPDATE platform_audit SET at = ? WHERE module = ? AND id < ("
                + "SELECT MAX(id) FROM platform_audit WHERE module = ? AND action = 'LOGIN_FAILED')"
                + " OR module = ? AND action = 'UPDATE'", now.minus(Duration.ofDays(400)), module, module, module));

        int deleted = auditLog.expire(module, List.of("LOGIN_FAILED", "ACCESS_DENIED"), now.minus(Duration.ofDays(365)));

        assertEquals(2, deleted);
        Answer left = get("/api/v1/audit?module=" + module + "&limit=10", ADMIN);
        Set<String> actions = new HashSet<>();
        left.get("items").forEach(entry -> actions.add(entry.get("action").asText()));
        assertEquals("the recent failure and the write stay", Set.of("LOGIN_FAILED", "UPDATE"), actions);
        assertEquals(2, left.get("total").asLong());
    }
}
