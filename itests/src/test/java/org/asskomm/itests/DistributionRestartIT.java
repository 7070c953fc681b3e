package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

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
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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
    private final HttpClient http = HttpClient.newHttpClient();
    private Path home;
    private int port;
    private Process karaf;

    @Before
    public void unpack() throws Exception {
        Path target = Path.of("target", "restart-it").toAbsolutePath();
        deleteTree(target);
        Files.createDirectories(target);
        run(target, "tar", "xzf", System.getProperty("asskomm.distribution"), "-C", target.toString());
        try (Stream<Path> dirs = Files.list(target)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        port = freePort();
        append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + port);
        append("etc/org.apache.karaf.shell.cfg", "sshPort = " + freePort());
        append("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = " + freePort() + "\nrmiServerPort = " + freePort());
        append("etc/users.properties", "restart = secret, lpr-admin");
    }

    @After
    public void stop() throws Exception {
        if (karaf != null && karaf.isAlive()) {
            // bin/karaf runs java as a child, not by exec: end the JVM, not only the script
            karaf.descendants().forEach(ProcessHandle::destroy);
            karaf.destroy();
            if (!karaf.waitFor(30, TimeUnit.SECONDS)) {
                karaf.descendants().forEach(ProcessHandle::destroyForcibly);
                karaf.destroyForcibly();
            }
        }
    }

    @Test
    public void theChosenModulesAndTheirDataSurviveARestartWithAnEmptyCache() throws Exception {
        start();
        assertEquals(202, call("PUT", "/api/v1/platform/features/asskomm-training", null).statusCode());
        await("/api/v1/training/courses", 200);
        String day = LocalDate.now().plusWeeks(2).toString();
        HttpResponse<String> created = call("POST", "/api/v1/training/courses", "{\"title\": \"Restart\","
                + " \"targetGroups\": [\"MUNICIPAL_STAFF\"], \"format\": \"IN_PERSON\", \"capacity\": 5, \"fee\": 0,"
                + " \"creditHours\": 4, \"sessions\": [{\"title\": \"Tag 1\", \"startsOn\": \"" + day + "\"}]}");
        assertEquals(created.body(), 201, created.statusCode());
        String id = JSON.readTree(created.body()).get("id").asText();

        stopKaraf();
        deleteTree(home.resolve("data/cache"));
        start();
        await("/api/v1/training/courses", 200);
        HttpResponse<String> again = call("GET", "/api/v1/training/courses/" + id, null);
        assertEquals(again.body(), 200, again.statusCode());
        assertEquals("Restart", JSON.readTree(again.body()).get("title").asText());

        assertEquals(202, call("DELETE", "/api/v1/platform/features/asskomm-training", null).statusCode());
        await("/api/v1/training/courses", 404);
        await("/api/v1/platform/features/asskomm-training", 200);
        JsonNode features = JSON.readTree(call("GET", "/api/v1/platform/features/asskomm-training", null).body());
        assertTrue(!features.get("installed").asBoolean());
    }

    private void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("console.log").toFile());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        karaf = pb.start();
        await("/api/v1/health", 200);
        await("/api/v1/platform/features", 200);
    }

    private void stopKaraf() throws Exception {
        run(home, home.resolve("bin/stop").toString());
        assertTrue("Karaf stopped", karaf.waitFor(60, TimeUnit.SECONDS));
    }

    private void await(String path, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int last = -1;
        while (System.nanoTime() < deadline) {
            try {
                last = call("GET", path, null).statusCode();
                if (last == status) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not answer " + status + "; last " + last);
    }

    private HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("restart:secret".getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void append(String file, String line) throws IOException {
        Files.writeString(home.resolve(file), "\n" + line + "\n", StandardOpenOption.APPEND);
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertEquals(String.join(" ", command), 0, p.waitFor());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
