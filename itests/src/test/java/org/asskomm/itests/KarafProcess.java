package org.asskomm.itests;

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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The unpacked distribution run as a real {@code bin/karaf} process on free ports, for tests that need what
 * Pax Exam cannot do: restarts, {@code kill -9}, several nodes. Users: {@link #ADMIN} (lpr-admin) and
 * {@link #FRANKENBERG} (municipality-14522150), both with {@link #PASSWORD}; the admin may also use the SSH console
 * ({@code bin/client}, as the backup script does).
 */
final class KarafProcess implements AutoCloseable {

    static final String ADMIN = "admin";
    static final String FRANKENBERG = "frankenberg";
    static final String PASSWORD = "test-secret";
    private static final Duration BOOT = Duration.ofSeconds(180);

    private final Path home;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process karaf;

    private KarafProcess(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Unpacks the reactor's distribution into {@code dir} (emptied first) with free ports and the test users. */
    static KarafProcess unpack(Path dir) throws Exception {
        Path target = dir.toAbsolutePath();
        deleteTree(target);
        Files.createDirectories(target);
        run(target, "tar", "xzf", System.getProperty("asskomm.distribution"), "-C", target.toString());
        Path home;
        try (Stream<Path> dirs = Files.list(target)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        KarafProcess node = new KarafProcess(home, freePort());
        node.append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + node.port);
        node.append("etc/org.apache.karaf.shell.cfg", "sshPort = " + freePort());
        node.append("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = " + freePort() + "\nrmiServerPort = " + freePort());
        node.append("etc/users.properties", ADMIN + " = " + PASSWORD + ", _g_:admingroup, lpr-admin\n"
                + FRANKENBERG + " = " + PASSWORD + ", municipality-14522150");
        return node;
    }

    /**
     * A fresh, empty database on the PostgreSQL server named by {@code -Dasskomm.itest.postgres} (as
     * {@code .ci/run} sets it), or empty when the tests run on the embedded H2 default.
     */
    static Optional<String> freshPostgresDatabase() {
        String server = System.getProperty("asskomm.itest.postgres");
        if (server == null || server.isBlank()) {
            return Optional.empty();
        }
        String name = "asskomm_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(server + "postgres", postgresUser(), postgresPassword());
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database on " + server, e);
        }
        return Optional.of(server + name);
    }

    static String postgresUser() {
        return System.getProperty("asskomm.itest.postgres.user", "asskomm");
    }

    static String postgresPassword() {
        return System.getProperty("asskomm.itest.postgres.password", "asskomm");
    }

    /** Switches the datasource to PostgreSQL, the way an operator edits the cfg. */
    KarafProcess usePostgres(String jdbcUrl) throws IOException {
        Path cfg = home.resolve("etc/org.ops4j.datasource-asskomm.cfg");
        String text = Files.readString(cfg)
                .replaceFirst("(?m)^osgi\\.jdbc\\.driver\\.class\\s*=.*$", "osgi.jdbc.driver.class = org.postgresql.Driver")
                .replaceFirst("(?m)^url\\s*=.*$", "url = " + jdbcUrl.replace("\\", "\\\\").replace("$", "\\$"))
                .replaceFirst("(?m)^user\\s*=.*$", "user = " + postgresUser())
                .replaceFirst("(?m)^password\\s*=.*$", "password = " + postgresPassword());
        Files.writeString(cfg, text);
        return this;
    }

    /** The module features installed at boot ({@code etc/org.asskomm.modules.cfg}). */
    KarafProcess withModules(String... features) throws IOException {
        Files.writeString(home.resolve("etc/org.asskomm.modules.cfg"), "installed = " + String.join(", ", features) + "\n");
        return this;
    }

    /** Starts {@code bin/karaf server}; returns without waiting (see {@link #awaitReady}). */
    KarafProcess start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        karaf = pb.start();
        return this;
    }

    /** Starts and waits until the platform answers. */
    KarafProcess startAndAwait(String... paths) throws Exception {
        start().awaitReady(paths);
        return this;
    }

    /** Waits until the health endpoint, the module store and every given path answer 200. */
    void awaitReady(String... paths) throws Exception {
        await("/api/v1/health", 200, BOOT);
        await("/api/v1/platform/features", 200, BOOT);
        for (String path : paths) {
            await(path, 200, BOOT);
        }
    }

    /** Clean stop through {@code bin/stop}. */
    void stop() throws Exception {
        run(home, home.resolve("bin/stop").toString());
        if (!karaf.waitFor(90, TimeUnit.SECONDS)) {
            throw new AssertionError("Karaf did not stop within 90 s");
        }
    }

    /** {@code kill -9} of the JVM: bin/karaf runs java as a child, not by exec. */
    void kill() throws Exception {
        List<ProcessHandle> jvms = karaf.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).toList();
        if (jvms.isEmpty()) {
            throw new AssertionError("no java process below bin/karaf");
        }
        jvms.forEach(ProcessHandle::destroyForcibly); // SIGKILL
        for (ProcessHandle jvm : jvms) {
            jvm.onExit().get(30, TimeUnit.SECONDS);
        }
        karaf.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return karaf != null && karaf.isAlive();
    }

    /** Ends the process if it still runs (for {@code @After}): polite first, then forcibly. */
    @Override
    public void close() throws Exception {
        if (isAlive()) {
            karaf.descendants().forEach(ProcessHandle::destroy);
            karaf.destroy();
            if (!karaf.waitFor(30, TimeUnit.SECONDS)) {
                karaf.descendants().forEach(ProcessHandle::destroyForcibly);
                karaf.destroyForcibly();
            }
        }
    }

    int port() {
        return port;
    }

    Path home() {
        return home;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Polls until {@code path} answers {@code status} as admin. */
    void await(String path, int status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "none";
        while (System.nanoTime() < deadline) {
            if (karaf != null && !karaf.isAlive()) {
                throw new AssertionError("Karaf ended while waiting for " + path + "; see " + home.resolve("console.log"));
            }
            try {
                HttpResponse<String> answer = call("GET", path, ADMIN, null);
                if (answer.statusCode() == status) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString(); // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(path + " did not answer " + status + " within " + timeout + "; last " + last);
    }

    /** Polls until {@code path} answers {@code status} as admin, for as long as a boot may take. */
    void await(String path, int status) throws Exception {
        await(path, status, BOOT);
    }

    /** Runs a script of the distribution (e.g. {@code bin/asskomm-backup}) as the admin; its output, or fails. */
    String script(Map<String, String> env, String... command) throws Exception {
        command[0] = home.resolve(command[0]).toString();
        Map<String, String> all = new HashMap<>(env);
        all.putAll(Map.of("JAVA_HOME", System.getProperty("java.home"), "ASSKOMM_USER", ADMIN,
                "ASSKOMM_PASSWORD", PASSWORD));
        return run(home, all, command);
    }

    /** One request as {@code user} (null: anonymous) to this node; {@code json} null sends no body. */
    HttpResponse<String> call(String method, String path, String user, String json) throws IOException, InterruptedException {
        return send(http, baseUrl(), method, path, user, json);
    }

    /** One request to any base URL (a node or the load balancer in front). */
    static HttpResponse<String> send(HttpClient http, String baseUrl, String method, String path, String user, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    void append(String file, String lines) throws IOException {
        Files.writeString(home.resolve(file), "\n" + lines + "\n", StandardOpenOption.APPEND);
    }

    static void run(Path dir, String... command) throws Exception {
        run(dir, Map.of(), command);
    }

    /** Runs a command, returns its output (stdout and stderr), fails unless it exits with 0. */
    static String run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + output);
        }
        return output;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}
