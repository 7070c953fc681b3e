package ${package};

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
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

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
 * Boots the ASSKomm distribution, drops this plugin's KAR into its deploy/ folder, uses the endpoint,
 * removes the KAR and sees the plugin gone, deploys it again and finds its data.
 * <p>
 * Nothing here names the plugin's entities: the module is the one that appears in {@code /api/v1/modules} when the
 * KAR is deployed, its collection the first path of that module in the live OpenAPI document that creates with a
 * POST, and the test record is filled from that operation's body schema. Rename the sample entity, add fields: the
 * test follows. Give a field a sensible test value in {@link #sample} when a string will not do.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginDeploymentIT {

    static final String PASSWORD = "test-secret";
    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
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
            systemProperty("itest.httpPort").value(String.valueOf(httpPort)),
            systemProperty("plugin.kar").value(new File(System.getProperty("plugin.kar")).getAbsolutePath())
        };
    }

    @Test
    public void theKarDeploysServesUndeploysAndKeepsItsData() throws Exception {
        Path kar = Paths.get(System.getProperty("plugin.kar"));
        Path deployed = Paths.get(System.getProperty("karaf.base"), "deploy", kar.getFileName().toString());
        await("/api/v1/health", 200);
        await("/api/v1/openapi.json", 200);
        Set<String> before = moduleIds();

        Files.copy(kar, deployed);
        JsonNode module = awaitNewModule(before);
        String id = module.get("id").asText();
        String collection = await(collection(module.get("restPath").asText()), 200).path;
        for (String ags : List.of(FRANKENBERG, FLOEHA)) {
            assertEquals(200, put("/api/v1/municipalities/" + ags + "/modules/" + id, "admin", null).status);
        }
        // the module store counts the municipalities that enabled the plugin under its module id
        JsonNode feature = StreamSupport.stream(JSON.readTree(get("/api/v1/platform/features", "admin").body).spliterator(),
                false).filter(f -> id.equals(f.path("moduleId").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no feature of module " + id + " in the module store"));
        assertEquals(feature.toString(), 2, feature.get("enabledFor").asInt());

        Map<String, Object> record = sample(createSchema(collection));
        Answer created = post(collection, "frankenberg", record);
        assertEquals(record + " -> " + created.body, 201, created.status);
        String createdId = JSON.readTree(created.body).get("id").asText();
        Answer invalid = post(collection, "frankenberg", Map.of());
        assertEquals(invalid.body, 400, invalid.status);
        assertTrue(invalid.body, JSON.readTree(invalid.body).path("errors").size() > 0);
        assertEquals(200, get(module.get("consoleEntry").asText(), null).status);

        Files.delete(deployed);
        await(collection, 404);
        awaitListed(id, false);

        Files.copy(kar, deployed);
        JsonNode page = JSON.readTree(await(collection, 200).body);
        assertEquals(1, page.get("total").asInt());
        assertEquals(createdId, page.get("items").get(0).get("id").asText());
    }

    /** A value for each field of the create body: the municipality that enabled the plugin, else by type. */
    static Map<String, Object> sample(JsonNode schema) {
        Map<String, Object> record = new LinkedHashMap<>();
        schema.path("properties").fields().forEachRemaining(field -> {
            JsonNode type = field.getValue();
            String kind = type.path("type").isArray() ? type.path("type").get(0).asText() : type.path("type").asText();
            Object value;
            if (field.getKey().equals("municipality")) {
                value = FRANKENBERG;
            } else if (type.has("enum")) {
                value = type.get("enum").get(0).asText();
            } else if ("date".equals(type.path("format").asText())) {
                value = LocalDate.now().toString();
            } else {
                value = switch (kind) {
                    case "integer", "number" -> 1;
                    case "boolean" -> false;
                    case "array" -> List.of();
                    default -> "Test " + field.getKey();
                };
            }
            record.put(field.getKey(), value);
        });
        return record;
    }

    record Answer(String path, int status, String body) {
    }

    Set<String> moduleIds() throws IOException {
        Set<String> ids = new HashSet<>();
        JSON.readTree(get("/api/v1/modules", "admin").body).forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }

    /** The module this KAR brings: the one in the module list that was not there before. */
    JsonNode awaitNewModule(Set<String> before) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode m : JSON.readTree(get("/api/v1/modules", "admin").body)) {
                if (!before.contains(m.get("id").asText())) {
                    return m;
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the KAR brought no module into /api/v1/modules");
    }

    /** The module's first path in the OpenAPI document that creates with a POST (no path parameter). */
    String collection(String restPath) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String relative = restPath.substring("/api/v1".length());
        while (System.nanoTime() < deadline) {
            JsonNode paths = JSON.readTree(get("/api/v1/openapi.json", "admin").body).path("paths");
            Optional<String> found = StreamSupport.stream(((Iterable<String>) paths::fieldNames).spliterator(), false)
                    .filter(p -> p.startsWith(relative + "/") && !p.contains("{") && paths.get(p).has("post"))
                    .min(Comparator.comparing(String::length));
            if (found.isPresent()) {
                return "/api/v1" + found.get();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no POST below " + restPath + " in the OpenAPI document");
    }

    /** The body schema of the collection's POST, with its $ref resolved. */
    JsonNode createSchema(String collection) throws IOException {
        JsonNode doc = JSON.readTree(get("/api/v1/openapi.json", "admin").body);
        JsonNode schema = doc.path("paths").path(collection.substring("/api/v1".length())).path("post")
                .path("requestBody").path("content").path("application/json").path("schema");
        String ref = schema.path("$ref").asText("");
        return ref.isEmpty() ? schema : doc.at(ref.substring(1));
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
    void awaitListed(String moduleId, boolean listed) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (moduleIds().contains(moduleId) != listed) {
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
            return new Answer(path, response.statusCode(), response.body());
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
