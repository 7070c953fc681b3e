package org.asskomm.itests;

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
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The reactor's distribution unpacked into {@code target/<name>} and run as a real {@code bin/karaf} process on free
 * ports, with one admin user ({@link #USER}, also allowed on the SSH console for {@code bin/client}).
 */
final class KarafProcess implements AutoCloseable {

    static final String USER = "operator";
    static final String PASSWORD = "secret";

    private final HttpClient http = HttpClient.newHttpClient();
    final Path home;
    final int port;
    private Process karaf;

    private KarafProcess(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    static KarafProcess unpack(String name) throws Exception {
        Path target = Path.of("target", name).toAbsolutePath();
        deleteTree(target);
        Files.createDirectories(target);
        run(target, Map.of(), "tar", "xzf", System.getProperty("asskomm.distribution"), "-C", target.toString());
        Path home;
        try (Stream<Path> dirs = Files.list(target)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        KarafProcess karaf = new KarafProcess(home, freePort());
        karaf.append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + karaf.port);
        karaf.append("etc/org.apache.karaf.shell.cfg", "sshPort = " + freePort());
        karaf.append("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = " + freePort() + "\nrmiServerPort = " + freePort());
        karaf.append("etc/users.properties", USER + " = " + PASSWORD + ", _g_:admingroup, lpr-admin");
        return karaf;
    }

    /** Starts {@code bin/karaf server} and waits until the platform answers. */
    void start() throws Exception {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().putAll(environment());
        karaf = pb.start();
        await("/api/v1/health", 200);
        await("/api/v1/platform/features", 200);
    }

    /** Stops Karaf with {@code bin/stop} and waits for the JVM to end. */
    void stop() throws Exception {
        run(home, environment(), home.resolve("bin/stop").toString());
        assertTrue("Karaf stopped", karaf.waitFor(60, TimeUnit.SECONDS));
    }

    @Override
    public void close() throws Exception {
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

    /** Runs a script of the distribution (e.g. {@code bin/asskomm-backup}); fails unless it exits with 0. */
    String script(Map<String, String> env, String... command) throws Exception {
        command[0] = home.resolve(command[0]).toString();
        java.util.HashMap<String, String> all = new java.util.HashMap<>(environment());
        all.putAll(env);
        return run(home, all, command);
    }

    void await(String path, int status) throws Exception {
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

    /** A request as {@link #USER}; {@code json} is the body, or null. */
    HttpResponse<String> call(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    void append(String file, String line) throws IOException {
        Files.writeString(home.resolve(file), "\n" + line + "\n", StandardOpenOption.APPEND);
    }

    private static Map<String, String> environment() {
        return Map.of("JAVA_HOME", System.getProperty("java.home"), "CHECK_ROOT_INSTANCE_RUNNING", "false",
                "ASSKOMM_USER", USER, "ASSKOMM_PASSWORD", PASSWORD);
    }

    /** Runs a command, returns its output (stdout and stderr), fails unless it exits with 0. */
    static String run(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + exit + ":\n" + output);
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
