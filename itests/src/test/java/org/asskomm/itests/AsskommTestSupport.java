package org.asskomm.itests;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.util.tracker.ServiceTracker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the real distribution (the reactor's tar.gz) on free ports, with test users for every role,
 * and talks to it over real HTTP.
 */
public abstract class AsskommTestSupport {

    /** Test users: name = password, roles. */
    protected static final String ADMIN = "admin";
    protected static final String FRANKENBERG = "frankenberg";   // municipality-14522150
    protected static final String FLOEHA = "floeha";             // municipality-14522140
    protected static final String POLICE = "police";
    protected static final String POLICE_CHEMNITZ = "police-chemnitz"; // police-chemnitz: Mittelsachsen, so Frankenberg
    protected static final String POLICE_DRESDEN = "police-dresden";   // police-dresden: not Mittelsachsen
    protected static final String VIEWER = "viewer";
    protected static final String PASSWORD = "test-secret";

    protected static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    protected BundleContext bundleContext;

    /**
     * The features service registered now. Not injected: Karaf's features service restarts itself when a service
     * it tracks goes and comes back during boot (decision 0006), and an injected instance is then shut down.
     */
    protected FeaturesService features() throws InterruptedException {
        ServiceTracker<FeaturesService, FeaturesService> tracker = new ServiceTracker<>(bundleContext,
                FeaturesService.class, null);
        tracker.open();
        try {
            FeaturesService service = tracker.waitForService(Duration.ofSeconds(60).toMillis());
            if (service == null) {
                throw new AssertionError("no features service within 60 s");
            }
            return service;
        } finally {
            tracker.close();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The options every ASSKomm itest boots with; subclasses may add their own. */
    protected Option[] baseOptions(Option... extra) {
        String distribution = System.getProperty("asskomm.distribution");
        if (distribution == null || !new File(distribution).isFile()) {
            throw new IllegalStateException("Build the distribution first (mvn install); not found: " + distribution);
        }
        int httpPort = freePort();
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration().frameworkUrl("file:" + distribution).name("ASSKomm")
                        .unpackDirectory(new File("target/exam")).useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.WARN),
                vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/users.properties", ADMIN, PASSWORD + ", lpr-admin"),
                editConfigurationFilePut("etc/users.properties", FRANKENBERG, PASSWORD + ", municipality-14522150"),
                editConfigurationFilePut("etc/users.properties", FLOEHA, PASSWORD + ", municipality-14522140"),
                editConfigurationFilePut("etc/users.properties", POLICE, PASSWORD + ", police"),
                editConfigurationFilePut("etc/users.properties", VIEWER, PASSWORD + ", viewer"),
                editConfigurationFilePut("etc/users.properties", POLICE_CHEMNITZ, PASSWORD + ", police-chemnitz"),
                editConfigurationFilePut("etc/users.properties", POLICE_DRESDEN, PASSWORD + ", police-dresden"),
                systemProperty("asskomm.itest.httpPort").value(String.valueOf(httpPort)),
                systemProperty("asskomm.itest.database").value(blank(System.getProperty("asskomm.itest.postgres"))
                        ? "H2" : "POSTGRESQL")));
        options.addAll(database());
        options.addAll(List.of(extra));
        return options.toArray(new Option[0]);
    }

    /**
     * With {@code -Dasskomm.itest.postgres=jdbc:postgresql://host:port/} (set by {@code .ci/run}) every test
     * class gets a fresh PostgreSQL database instead of the embedded H2 default.
     */
    private static List<Option> database() {
        return KarafProcess.freshPostgresDatabase().map(url -> {
            String cfg = "etc/org.ops4j.datasource-asskomm.cfg";
            return List.<Option>of(editConfigurationFilePut(cfg, "osgi.jdbc.driver.class", "org.postgresql.Driver"),
                    editConfigurationFilePut(cfg, "url", url),
                    editConfigurationFilePut(cfg, "user", KarafProcess.postgresUser()),
                    editConfigurationFilePut(cfg, "password", KarafProcess.postgresPassword()));
        }).orElse(List.of());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + System.getProperty("asskomm.itest.httpPort");
    }

    /** An HTTP answer: status, content type, raw body and the body as JSON (null when not JSON). */
    public record Answer(int status, String contentType, String body, JsonNode json) {
        public JsonNode get(String field) {
            return json == null ? null : json.get(field);
        }
    }

    protected Answer get(String path, String user) {
        return send("GET", path, user, null, null);
    }

    protected Answer post(String path, String user, Object body) {
        return send("POST", path, user, body, "application/json");
    }

    protected Answer put(String path, String user, Object body) {
        return send("PUT", path, user, body, "application/json");
    }

    protected Answer delete(String path, String user) {
        return send("DELETE", path, user, null, null);
    }

    /** Sends a request; {@code body} may be a String (sent as is), byte[] or an object (sent as JSON). */
    protected Answer send(String method, String path, String user, Object body, String contentType) {
        return send(method, path, user, body, contentType, null);
    }

    /** The same with an {@code Accept-Language} header (none when {@code acceptLanguage} is null). */
    protected Answer send(String method, String path, String user, Object body, String contentType,
            String acceptLanguage) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .timeout(Duration.ofSeconds(30));
            if (acceptLanguage != null) {
                request.header("Accept-Language", acceptLanguage);
            }
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            }
            HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
            if (body instanceof byte[] bytes) {
                publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
            } else if (body instanceof String s) {
                publisher = HttpRequest.BodyPublishers.ofString(s);
            } else if (body != null) {
                publisher = HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            }
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            return exchange(request.method(method, publisher).build());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        }
    }

    /** Sends a request built by the test itself and reads the answer (JSON parsed when it is JSON). */
    protected Answer exchange(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = null;
            if (type.contains("json") && !response.body().isEmpty()) {
                json = JSON.readTree(response.body());
            }
            return new Answer(response.statusCode(), type, response.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls until {@code path} answers {@code status} as admin, or fails after the timeout. */
    protected Answer awaitStatus(String path, int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path, ADMIN);
                if (last.status() == status) {
                    return last;
                }
            } catch (IllegalStateException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("GET " + path + " did not answer " + status + " within " + timeout
                + "; last answer: " + (last == null ? "none" : last.status() + " " + last.body()));
    }

    /**
     * Installs the feature unless it is installed. Waits for the feature to appear in the repositories
     * first: right after boot the features service may still be loading them.
     */
    protected void installIfMissing(String name) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        org.apache.karaf.features.Feature feature = features().getFeature(name);
        while (feature == null && System.nanoTime() < deadline) {
            Thread.sleep(200);
            feature = features().getFeature(name);
        }
        if (feature == null) {
            StringBuilder repos = new StringBuilder();
            for (org.apache.karaf.features.Repository r : features().listRepositories()) {
                repos.append(' ').append(r.getURI());
            }
            throw new AssertionError("No feature " + name + " in the repositories:" + repos);
        }
        if (!features().isInstalled(feature)) {
            install(name);
        }
    }

    /** Installs a feature the way the module store does: without refreshing unrelated bundles. */
    protected void install(String feature) throws Exception {
        features().installFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
    }

    protected void uninstall(String feature) throws Exception {
        features().uninstallFeature(feature, EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles));
    }

    /** Enables a module for a municipality through the API, as an LPR admin would. */
    protected void enable(String moduleId, String ags) {
        Answer a = put("/api/v1/municipalities/" + ags + "/modules/" + moduleId, ADMIN, null);
        if (a.status() != 200) {
            throw new AssertionError("enabling " + moduleId + " for " + ags + ": " + a.status() + " " + a.body());
        }
    }
}
