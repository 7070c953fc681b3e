package org.asskomm.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Secrets and transport in the real distribution: bcrypt-hashed passwords in {@code etc/users.properties},
 * production mode refusing the shipped {@code admin}/{@code admin}, TLS with a self-signed certificate made
 * by {@code keytool} at test time, cross-site writes refused, permission denials in the audit log.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SecurityIT extends AsskommTestSupport {

    private static final String AUDITOR = "auditor";   // an LPR admin with the test password
    private static final String KEYSTORE_PASSWORD = "changeit";

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Configuration
    public Option[] config() throws Exception {
        File keystore = new File("target/security-it/server.p12").getAbsoluteFile();
        createSelfSignedKeystore(keystore);
        int httpsPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            httpsPort = socket.getLocalPort();
        }
        String web = "etc/org.ops4j.pax.web.cfg";
        return baseOptions(
                // the shipped password of admin, as the distribution has it
                editConfigurationFilePut("etc/users.properties", ADMIN, "admin, lpr-admin"),
                editConfigurationFilePut("etc/users.properties", AUDITOR, PASSWORD + ", lpr-admin"),
                editConfigurationFilePut("etc/org.asskomm.rest.cfg", "mode", "production"),
                editConfigurationFilePut(web, "org.osgi.service.http.secure.enabled", "true"),
                editConfigurationFilePut(web, "org.osgi.service.http.port.secure", String.valueOf(httpsPort)),
                editConfigurationFilePut(web, "org.ops4j.pax.web.ssl.keystore", keystore.getPath()),
                editConfigurationFilePut(web, "org.ops4j.pax.web.ssl.keystore.password", KEYSTORE_PASSWORD),
                editConfigurationFilePut(web, "org.ops4j.pax.web.ssl.keystore.type", "PKCS12"),
                editConfigurationFilePut(web, "org.ops4j.pax.web.ssl.key.password", KEYSTORE_PASSWORD),
                editConfigurationFilePut(web, "org.ops4j.pax.web.ssl.key.alias", "server"),
                systemProperty("asskomm.itest.keystore").value(keystore.getPath()),
                systemProperty("asskomm.itest.httpsPort").value(String.valueOf(httpsPort)));
    }

    /** A fresh self-signed certificate for localhost, as an operator would make one with the JDK's keytool. */
    private static void createSelfSignedKeystore(File keystore) throws IOException, InterruptedException {
        Files.createDirectories(keystore.toPath().getParent());
        Files.deleteIfExists(keystore.toPath());
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", "server", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", keystore.getPath(), "-storepass", KEYSTORE_PASSWORD,
                "-keypass", KEYSTORE_PASSWORD).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }

    @Before
    public void platformIsUp() throws InterruptedException {
        awaitStatus(AUDITOR, PASSWORD, "/api/v1/health", 200);
    }

    @Test
    public void passwordsAreStoredAsBcryptHashesAndStillWork() throws Exception {
        Path users = Path.of(System.getProperty("karaf.etc"), "users.properties");
        Properties stored = new Properties();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        do {
            stored.clear();
            try (InputStream in = Files.newInputStream(users)) {
                stored.load(in);
            }
            if (!Files.readString(users).contains(PASSWORD)) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        } while (System.nanoTime() < deadline);
        for (String user : List.of(ADMIN, AUDITOR, FRANKENBERG, FLOEHA, POLICE, VIEWER)) {
            String password = stored.getProperty(user).split(",")[0].trim();
            assertTrue(user + ": " + password, password.startsWith("{CRYPT}") && password.endsWith("{CRYPT}"));
            String hash = new String(Base64.getDecoder().decode(
                    password.substring(7, password.length() - 7)), StandardCharsets.UTF_8);
            assertTrue(user + ": " + hash, hash.startsWith("$2a$"));   // bcrypt
        }
        assertFalse(Files.readString(users).contains(PASSWORD));
        assertEquals(200, get("/api/v1/municipalities/14522150", POLICE).status());
        assertEquals(401, send(POLICE, "wrong-password", "GET", "/api/v1/municipalities/14522150", Map.of()).status());
    }

    @Test
    public void productionModeRefusesTheShippedPasswordAndDevelopmentModeWarns() throws Exception {
        Answer refused = send(ADMIN, "admin", "GET", "/api/v1/municipalities/14522150", Map.of());
        assertEquals(401, refused.status());
        assertTrue(refused.body(), refused.get("detail").asText().contains("production mode"));
        JsonNode warnings = awaitWarnings(true);
        assertTrue(warnings.toString(), warnings.get(0).asText().contains("shipped default password"));

        setMode("development");
        try {
            Answer accepted = awaitStatus(ADMIN, "admin", "/api/v1/municipalities/14522150", 200);
            assertEquals(200, accepted.status());
            assertTrue(awaitWarnings(true).get(0).asText().contains("development mode"));
        } finally {
            setMode("production");
        }
        awaitStatus(ADMIN, "admin", "/api/v1/municipalities/14522150", 401);
    }

    @Test
    public void httpsServesTheCertificateMadeForThisTest() throws Exception {
        KeyStore keystore = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(System.getProperty("asskomm.itest.keystore"))) {
            keystore.load(in, KEYSTORE_PASSWORD.toCharArray());
        }
        Certificate created = keystore.getCertificate("server");
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("server", created);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, tmf.getTrustManagers(), null);
        HttpClient client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        URI health = URI.create("https://localhost:" + System.getProperty("asskomm.itest.httpsPort") + "/api/v1/health");

        HttpResponse<String> response = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (response == null) {
            try {
                response = client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(500);
            }
        }
        assertEquals(200, response.statusCode());
        assertEquals("UP", JSON.readTree(response.body()).get("status").asText());
        Certificate served = response.sslSession().orElseThrow().getPeerCertificates()[0];
        assertArrayEquals(created.getEncoded(), served.getEncoded());
        // a client that does not trust the certificate is refused
        try {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
            throw new AssertionError("an untrusted self-signed certificate was accepted");
        } catch (javax.net.ssl.SSLHandshakeException expected) {
            // PKIX path building failed
        }
    }

    @Test
    public void crossSiteWritesAreRefused() {
        String path = "/api/v1/municipalities/14522150/modules/no-such-module";
        String ownOrigin = "http://localhost:" + System.getProperty("asskomm.itest.httpPort");
        Answer evil = send(FRANKENBERG, PASSWORD, "PUT", path, Map.of("Origin", "https://evil.example"));
        assertEquals(403, evil.status());
        assertTrue(evil.get("type").asText().endsWith("cross-site-request"));
        Answer fetchMetadata = send(FRANKENBERG, PASSWORD, "PUT", path, Map.of("Sec-Fetch-Site", "cross-site"));
        assertEquals(403, fetchMetadata.status());
        Answer own = send(FRANKENBERG, PASSWORD, "PUT", path, Map.of("Origin", ownOrigin, "Sec-Fetch-Site", "same-origin"));
        assertNotEquals(own.body(), 403, own.status());
        Answer script = send(FRANKENBERG, PASSWORD, "PUT", path, Map.of());
        assertEquals(own.status(), script.status());
        assertEquals(200, send(FRANKENBERG, PASSWORD, "GET", "/api/v1/municipalities/14522150",
                Map.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site")).status());
    }

    @Test
    public void permissionDenialsAreAuditedWithUserMunicipalityAndAction() {
        assertEquals(403, get("/api/v1/audit?limit=1", FRANKENBERG).status());
        Answer entries = get("/api/v1/audit?action=ACCESS_DENIED&user=" + FRANKENBERG, AUDITOR);
        assertEquals(200, entries.status());
        JsonNode entry = entries.get("items").get(0);
        assertEquals(FRANKENBERG, entry.get("user").asText());
        assertEquals("14522150", entry.get("municipality").asText());
        assertTrue(entry.has("at"));
        String action = entry.get("after").asText();
        assertTrue(action, action.contains("\"method\":\"GET\"") && action.contains("\"path\":\"/api/v1/audit\""));
    }

    // ------------------------------------------------------------------ helpers

    private Answer send(String user, String password, String method, String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString("{}"));
        if (!method.equals("GET")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return exchange(request.build());
    }

    private Answer awaitStatus(String user, String password, String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        Answer last;
        do {
            try {
                last = send(user, password, "GET", path, Map.of());
                if (last.status() == status) {
                    return last;
                }
            } catch (IllegalStateException e) {
                last = null;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(path + " did not answer " + status + " as " + user + ": " + last);
    }

    /** The health check's warnings once they are (not) empty; the start-up check runs in the background. */
    private JsonNode awaitWarnings(boolean present) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        JsonNode warnings = null;
        while (System.nanoTime() < deadline) {
            Answer health = get("/api/v1/health", AUDITOR);
            warnings = health.json() == null ? null : health.get("warnings");
            if (warnings != null && warnings.size() > 0 == present) {
                return warnings;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        throw new AssertionError("health warnings: " + warnings);
    }

    private void setMode(String mode) throws IOException {
        org.osgi.service.cm.Configuration rest = configurationAdmin.getConfiguration("org.asskomm.rest", null);
        Dictionary<String, Object> properties = rest.getProperties() == null ? new Hashtable<>() : rest.getProperties();
        properties.put("mode", mode);
        rest.update(properties);
    }
}
