package org.asskomm.examples.survey;

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
import java.util.List;
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
 * Boots the ASSKomm distribution, drops the plugin's KAR into its deploy/ folder, runs a survey from
 * kick-off to report over HTTP, removes the KAR and sees the plugin gone, deploys it again and finds its data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SurveyDeploymentIT {

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
    public void aSurveyRunsFromKickOffToReportInTheDeployedKar() throws Exception {
        String surveys = "/api/v1/survey/surveys";
        Path kar = Paths.get(System.getProperty("plugin.kar"));
        Path deployed = Paths.get(System.getProperty("karaf.base"), "deploy", kar.getFileName().toString());
        await("/api/v1/health", 200);
        assertEquals(404, get(surveys, "admin").status);

        Files.copy(kar, deployed);
        await(surveys, 200);
        awaitListed("survey", true);
        assertEquals(200, put("/api/v1/municipalities/" + FRANKENBERG + "/modules/survey", "admin", null).status);

        Answer created = post(surveys, "frankenberg", Map.of("municipality", FRANKENBERG, "year", 2025,
                "kickOffOn", "2025-03-03"));
        assertEquals(created.body, 201, created.status);
        JsonNode survey = JSON.readTree(created.body);
        String id = survey.get("id").asText();
        assertEquals("2025-07-21", survey.get("plannedReportOn").asText());
        Answer foreign = post(surveys, "floeha", Map.of("municipality", FRANKENBERG, "year", 2024, "kickOffOn", "2024-03-04"));
        assertEquals(403, foreign.status);

        int version = phase(id, "SAMPLE_DRAWN", "2025-03-24", 1000, survey.get("version").asInt());
        version = phase(id, "QUESTIONNAIRES_OUT", "2025-04-14", null, version);
        for (List<Integer> scores : List.of(List.of(4, 5), List.of(3, 4), List.of(5, 5, 5, 5), List.of(2, 3))) {
            assertEquals(201, post(surveys + "/" + id + "/responses", "frankenberg", Map.of("scores", scores)).status);
        }
        Answer bad = post(surveys + "/" + id + "/responses", "frankenberg", Map.of("scores", List.of(3, 7)));
        assertEquals(400, bad.status);
        assertTrue(bad.body, bad.body.contains("scores[1]"));
        Answer skipped = put(surveys + "/" + id + "/phase", "frankenberg", Map.of("phase", "REPORT", "version", version));
        assertEquals(409, skipped.status);
        version = phase(id, "RETURNS_ENTERED", "2025-05-19", null, version);
        version = phase(id, "ANALYSIS", "2025-06-09", null, version);
        phase(id, "REPORT", "2025-07-21", null, version);

        JsonNode index = JSON.readTree(get(surveys + "/" + id + "/index", "frankenberg").body);
        assertEquals(4, index.get("respondents").asInt());
        assertEquals(3.875, index.get("mean").asDouble(), 1e-4);
        assertEquals(2.1109, index.get("lower").asDouble(), 1e-4);
        assertEquals(5.6391, index.get("upper").asDouble(), 1e-4);
        JsonNode comparison = JSON.readTree(get("/api/v1/survey/comparison/" + FRANKENBERG, "frankenberg").body);
        assertEquals(2025, comparison.get(0).get("year").asInt());
        assertEquals(0.0, comparison.get(0).get("difference").asDouble(), 1e-4);
        assertEquals(200, get("/console/modules/survey/index.js", null).status);

        Files.delete(deployed);
        await(surveys, 404);
        awaitListed("survey", false);
        Files.copy(kar, deployed);
        JsonNode page = JSON.readTree(await(surveys, 200).body);
        assertEquals(1, page.get("total").asInt());
        assertEquals("REPORT", page.get("items").get(0).get("phase").asText());
    }

    /** Moves the survey to its next phase and returns the new version. */
    int phase(String id, String phase, String date, Integer sampleSize, int version) throws Exception {
        Map<String, Object> change = new java.util.HashMap<>(Map.of("phase", phase, "date", date, "version", version));
        if (sampleSize != null) {
            change.put("sampleSize", sampleSize);
        }
        Answer a = put("/api/v1/survey/surveys/" + id + "/phase", "frankenberg", change);
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
