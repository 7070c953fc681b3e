package org.asskomm.itests;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The reactor's distribution unpacked to {@code target/<name>} and started as a real process on free ports for
 * the console tests (Selenium is not an OSGi library, so they cannot run inside the Pax Exam container).
 * Users: {@link AsskommTestSupport#ADMIN} (lpr-admin), {@link AsskommTestSupport#FRANKENBERG} and
 * {@link AsskommTestSupport#FLOEHA} (their municipalities), all with {@link AsskommTestSupport#PASSWORD}, plus the
 * extra {@code users.properties} lines a test passes. With {@code -Dasskomm.itest.postgres} it runs on a fresh
 * PostgreSQL database, like the Pax Exam itests.
 */
public final class ConsoleDistribution implements AutoCloseable {

    /** A user of the Karaf admin group, for {@link #shell}. */
    public static final String OPERATOR = "console-operator";

    private final Path home;
    private final String url;
    private final Process karaf;

    private ConsoleDistribution(Path home, String url, Process karaf) {
        this.home = home;
        this.url = url;
        this.karaf = karaf;
    }

    /** The Karaf home (its {@code deploy/}, {@code data/log/karaf.log}). */
    public Path home() {
        return home;
    }

    /** The base URL, e.g. {@code http://localhost:40123}. */
    public String url() {
        return url;
    }

    /**
     * Unpacks and starts the distribution, waiting until the API and the console answer. Other builds on the
     * machine pick free ports too: when one takes ours between our choice and Karaf's bind, start again on new ones.
     *
     * @param name       the directory under {@code target/}
     * @param extraUsers more {@code users.properties} lines, e.g. {@code "police = test-secret, police-chemnitz"}
     */
    public static ConsoleDistribution start(String name, List<String> extraUsers) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce(name, extraUsers);
            } catch (PortTakenException e) {
                stop(e.karaf);
                if (attempt == 3) {
                    throw new AssertionError("HTTP port taken three times in a row", e);
                }
            }
        }
    }

    /**
     * Runs Karaf shell commands through {@code bin/client} as the operator user (admin group), e.g.
     * {@code asskomm:demo-load}; returns the output, failing when the client fails.
     */
    public String shell(String commands) throws Exception {
        ShippedDistribution.Result result = ShippedDistribution.client(home, OPERATOR, AsskommTestSupport.PASSWORD, commands + "\n");
        if (result.exitCode() != 0) {
            throw new AssertionError("bin/client " + commands + " ended with " + result.exitCode() + ": " + result.output());
        }
        return result.output();
    }

    @Override
    public void close() throws InterruptedException {
        stop(karaf);
    }

    private static void stop(Process karaf) throws InterruptedException {
        if (karaf != null && karaf.isAlive()) {
            karaf.descendants().forEach(ProcessHandle::destroy);
            karaf.destroy();
            if (!karaf.waitFor(30, TimeUnit.SECONDS)) {
                karaf.descendants().forEach(ProcessHandle::destroyForcibly);
                karaf.destroyForcibly();
            }
        }
    }

    private static final class PortTakenException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Process karaf;

        PortTakenException(Process karaf) {
            this.karaf = karaf;
        }
    }

    private static ConsoleDistribution startOnce(String name, List<String> extraUsers) throws Exception {
        Path target = Path.of("target", name).toAbsolutePath();
        deleteTree(target);
        Files.createDirectories(target);
        Process tar = new ProcessBuilder("tar", "xzf", System.getProperty("asskomm.distribution"), "-C", target.toString())
                .inheritIO().start();
        assertEquals(0, tar.waitFor());
        Path home;
        try (Stream<Path> dirs = Files.list(target)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        int[] ports = freePorts(4);
        append(home, "etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + ports[0]);
        append(home, "etc/org.apache.karaf.shell.cfg", "sshPort = " + ports[1]);
        append(home, "etc/org.apache.karaf.management.cfg", "rmiRegistryPort = " + ports[2] + "\nrmiServerPort = " + ports[3]);
        List<String> users = new ArrayList<>(List.of(
                AsskommTestSupport.ADMIN + " = " + AsskommTestSupport.PASSWORD + ", lpr-admin",
                AsskommTestSupport.FRANKENBERG + " = " + AsskommTestSupport.PASSWORD + ", municipality-" + ConsoleTestSupport.FRANKENBERG_AGS,
                AsskommTestSupport.FLOEHA + " = " + AsskommTestSupport.PASSWORD + ", municipality-" + ConsoleTestSupport.FLOEHA_AGS,
                OPERATOR + " = " + AsskommTestSupport.PASSWORD + ", _g_:admingroup"));
        users.addAll(extraUsers);
        append(home, "etc/users.properties", String.join("\n", users));
        usePostgresWhenAsked(home);
        Process karaf = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(target.resolve("karaf.out").toFile()).start();
        String url = "http://localhost:" + ports[0];
        Path log = home.resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        HttpClient http = HttpClient.newHttpClient();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(url + "/api/v1/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> console = http.send(HttpRequest.newBuilder(URI.create(url + "/console/app.js")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && console.statusCode() == 200) {
                    return new ConsoleDistribution(home, url, karaf);
                }
            } catch (IOException e) {
                if (Files.exists(log) && Files.readString(log).contains("Failed to bind to /0.0.0.0:" + ports[0])) {
                    throw new PortTakenException(karaf);
                }
            }
            if (!karaf.isAlive()) {
                throw new AssertionError("Karaf stopped; see " + target.resolve("karaf.out"));
            }
            Thread.sleep(500);
        }
        stop(karaf);
        throw new AssertionError("the distribution did not answer within 180 s; see " + log);
    }

    /** Like the Pax Exam itests: with -Dasskomm.itest.postgres=jdbc:postgresql://host:port/ a fresh database there. */
    private static void usePostgresWhenAsked(Path home) throws Exception {
        String server = System.getProperty("asskomm.itest.postgres");
        if (server == null || server.isBlank()) {
            return;
        }
        String user = System.getProperty("asskomm.itest.postgres.user", "asskomm");
        String password = System.getProperty("asskomm.itest.postgres.password", "asskomm");
        String name = "asskomm_console_" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(server + "postgres", user, password);
             java.sql.Statement statement = c.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        Path cfg = home.resolve("etc/org.ops4j.datasource-asskomm.cfg");
        Map<String, String> settings = Map.of("osgi.jdbc.driver.class", "org.postgresql.Driver", "url", server + name,
                "user", user, "password", password);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            String key = line.split("=", 2)[0].trim();
            if (!settings.containsKey(key)) {
                lines.add(line);
            }
        }
        settings.forEach((key, value) -> lines.add(key + " = " + value));
        Files.write(cfg, lines);
    }

    private static void append(Path home, String file, String text) throws IOException {
        Files.writeString(home.resolve(file), "\n" + text + "\n", StandardOpenOption.APPEND);
    }

    /** Distinct free ports: all sockets stay open until each has its port. */
    private static int[] freePorts(int count) throws IOException {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }

    static String executable(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            File file = new File(dir, name);
            if (file.canExecute()) {
                return file.getAbsolutePath();
            }
        }
        throw new AssertionError(name + " is not installed: apt-get install chromium chromium-driver (.ci/run does it)");
    }
}
