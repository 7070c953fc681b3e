package org.asskomm.examples.reports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the ASSKomm distribution, drops the plugin's KAR into its deploy/ folder, records citizens' reports and
 * moves one to RESOLVED over HTTP, removes the KAR and sees the plugin gone, deploys it again and finds its data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReportDeploymentIT {

    static final String PASSWORD = "test-secret";
    static final String FRANKENBERG = "14522150";
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Configuration
    public Option[] config() {
        String distribution = System.getProperty("asskomm.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("ASSKomm distribution not found: " + distribution);
        }
        int httpPort = freePort();
        return new Option[] {
            karafDistributionConfiguration().frameworkUrl("file:" + distribution).name("ASSKomm")
                    .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
            editConfigurationFilePut("etc/users.properties", "admin", PASSWORD + ", lpr-admin"),
            editConfigurationFilePut("etc/users.properties", "frankenberg", PASSWORD + ", municipality-" + FRANKENBERG),
            editConfigurationFilePut("etc/users.properties", "floeha", PASSWORD + ", municipality-14522140"),
            systemProperty("itest.httpPort").value(String.valueOf(httpPort)),
            systemProperty("plugin.kar").value(new File(System.getProperty("plugin.kar")).getAbsolutePath()),
            systemProperty("plugin.moduleId").value(System.getProperty("plugin.moduleId"))
        };
    }

    @Test
    public void reportsAreRecordedAndResolvedInTheDeployedKar() throws Exception {
        String reports = "/api/v1/citizenreports/reports";
        Path kar = Paths.get(System.getProperty("plugin.kar"));
        Path deployed = Paths.get(System.getProperty("karaf.base"), "deploy", kar.getFileName().toString());
        await("/api/v1/health", 200);
        assertEquals(404, get(reports, "admin").status);

        Files.copy(kar, deployed);
        await(reports, 200);
        awaitListed("citizenreports", true);
        assertEquals(200, put("/api/v1/municipalities/" + FRANKENBERG + "/modules/citizenreports", "admin", null).status);

        Answer created = post(reports, "frankenberg", Map.of("municipality", FRANKENBERG, "category", "GRAFFITI",
                "place", "Bahnhofstraße, Unterführung", "reportedOn", "2025-03-03"));
        assertEquals(created.body, 201, created.status);
        JsonNode report = JSON.readTree(created.body);
        String id = report.get("id").asText();
        assertEquals("RECEIVED", report.get("status").asText());
        Answer located = post(reports, "frankenberg", Map.of("municipality", FRANKENBERG, "category", "LITTER",
                "latitude", 50.8694, "longitude", 13.0669, "reportedOn", "2025-03-04"));
        assertEquals(located.body, 201, located.status);
        Answer foreign = post(reports, "floeha", Map.of("municipality", FRANKENBERG, "category", "LITTER",
                "place", "Markt", "reportedOn", "2025-03-04"));
        assertEquals(403, foreign.status);
        Answer nowhere = post(reports, "frankenberg", Map.of("municipality", FRANKENBERG, "category", "LITTER",
                "reportedOn", "2025-03-04"));
        assertEquals(400, nowhere.status);
        assertTrue(nowhere.body, nowhere.body.contains("place"));

        Answer skipped = put(reports + "/" + id + "/status", "frankenberg", Map.of("status", "RESOLVED",
                "version", report.get("version").asInt()));
        assertEquals(409, skipped.status);
        int version = status(id, "IN_PROGRESS", report.get("version").asInt());
        status(id, "RESOLVED", version);
        assertEquals(200, get("/console/modules/citizenreports/index.js", null).status);

        Files.delete(deployed);
        await(reports, 404);
        awaitListed("citizenreports", false);
        Files.copy(kar, deployed);
        JsonNode page = JSON.readTree(await(reports + "?status=RESOLVED", 200).body);
        assertEquals(1, page.get("total").asInt());
        assertEquals(id, page.get("items").get(0).get("id").asText());
    }

    /** Moves the report to its next status and returns the new version. */
    int status(String id, String status, int version) throws Exception {
        Answer a = put("/api/v1/citizenreports/reports/" + id + "/status", "frankenberg",
                Map.of("status", status, "version", version));
        assertEquals(a.body, 200, a.status);
        return JSON.readTree(a.body).get("version").asInt();
    }

    record Answer(int status, String body) {
    }

    Answer await(String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path, "admin");
                if (last.status == status) {
                    return last;
                }
            } catch (IllegalStateException notListeningYet) {
                // the HTTP port opens a moment after the framework starts
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not answer " + status + "; last: " + last);
    }

    /** The module list follows the bundle's services a moment after the endpoint: poll it. */
    void awaitListed(String moduleId, boolean listed) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (get("/api/v1/modules", "admin").body.contains("\"" + moduleId + "\"") != listed) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("module " + moduleId + (listed ? " not listed" : " still listed"));
            }
            Thread.sleep(250);
        }
    }

    Answer get(String path, String user) {
        return send("GET", path, user, null);
    }

    Answer post(String path, String user, Object body) {
        return send("POST", path, user, body);
    }

    Answer put(String path, String user, Object body) {
        return send("PUT", path, user, body);
    }

    Answer send(String method, String path, String user, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                    URI.create("http://localhost:" + System.getProperty("itest.httpPort") + path))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            HttpResponse<String> response = http.send(request.method(method, publisher).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
