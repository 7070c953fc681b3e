package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The module store across restarts, on the unpacked distribution run as a real process: a module installed
 * through the API comes back with its data after Karaf restarts with {@code data/cache} deleted.
 */
public class DistributionRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(120);
    private KarafProcess karaf;

    @Before
    public void unpack() throws Exception {
        karaf = KarafProcess.unpack(Path.of("target", "restart-it"));
    }

    @After
    public void stop() throws Exception {
        karaf.close();
    }

    @Test
    public void theChosenModulesAndTheirDataSurviveARestartWithAnEmptyCache() throws Exception {
        karaf.start().awaitReady();
        assertEquals(202, call("PUT", "/api/v1/platform/features/asskomm-training", null).statusCode());
        karaf.await("/api/v1/training/courses", 200, WAIT);
        String day = LocalDate.now().plusWeeks(2).toString();
        HttpResponse<String> created = call("POST", "/api/v1/training/courses", "{\"title\": \"Restart\","
                + " \"targetGroups\": [\"MUNICIPAL_STAFF\"], \"format\": \"IN_PERSON\", \"capacity\": 5, \"fee\": 0,"
                + " \"creditHours\": 4, \"sessions\": [{\"title\": \"Tag 1\", \"startsOn\": \"" + day + "\"}]}");
        assertEquals(created.body(), 201, created.statusCode());
        String id = JSON.readTree(created.body()).get("id").asText();

        karaf.stop();
        KarafProcess.deleteTree(karaf.home().resolve("data/cache"));
        karaf.start().awaitReady("/api/v1/training/courses");
        HttpResponse<String> again = call("GET", "/api/v1/training/courses/" + id, null);
        assertEquals(again.body(), 200, again.statusCode());
        assertEquals("Restart", JSON.readTree(again.body()).get("title").asText());
        // an operator reading the log after a restart finds nothing to worry about (issue 25, point 7)
        List<String> errors = Files.readAllLines(karaf.home().resolve("data/log/karaf.log")).stream()
                .filter(line -> line.contains("| ERROR |")).toList();
        assertEquals(String.join("\n", errors), List.of(), errors);

        assertEquals(202, call("DELETE", "/api/v1/platform/features/asskomm-training", null).statusCode());
        karaf.await("/api/v1/training/courses", 404, WAIT);
        // the uninstall is asynchronous (202): the module's application goes first, the feature a moment later
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonNode features;
        do {
            Thread.sleep(200);
            features = JSON.readTree(call("GET", "/api/v1/platform/features/asskomm-training", null).body());
        } while (features.get("installed").asBoolean() && System.nanoTime() < deadline);
        assertTrue(features.toString(), !features.get("installed").asBoolean());
    }

    private HttpResponse<String> call(String method, String path, String json) throws Exception {
        return karaf.call(method, path, KarafProcess.ADMIN, json);
    }
}
