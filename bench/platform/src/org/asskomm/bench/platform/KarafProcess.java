package org.asskomm.bench.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Karaf distribution unpacked fresh into its own directory and run as {@code bin/karaf server} on free ports
 * (HTTP, SSH, RMI registry and server), so that it never collides with other instances on the machine.
 */
public final class KarafProcess implements AutoCloseable {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");

    private final Path home;
    private final int port;
    private Process process;
    private long startedNanos;

    private KarafProcess(Path home, int port) {
        this.home = home;
        this.port = port;
    }

    /** Unpacks {@code tarGz} into an empty {@code dir} and sets free ports. */
    public static KarafProcess unpack(Path tarGz, Path dir) throws Exception {
        deleteTree(dir);
        Files.createDirectories(dir);
        exec(dir, "tar", "xzf", tarGz.toString(), "-C", dir.toString());
        Path home;
        try (Stream<Path> dirs = Files.list(dir)) {
            home = dirs.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        KarafProcess karaf = new KarafProcess(home, freePort());
        karaf.append("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port = " + karaf.port);
        karaf.append("etc/org.apache.karaf.shell.cfg", "sshPort = " + freePort());
        karaf.append("etc/org.apache.karaf.management.cfg",
                "rmiRegistryPort = " + freePort() + "\nrmiServerPort = " + freePort());
        return karaf;
    }

    public Path home() {
        return home;
    }

    public int port() {
        return port;
    }

    public void append(String file, String text) throws IOException {
        Path path = home.resolve(file);
        if (!Files.exists(path)) {
            Files.createFile(path);
        }
        Files.writeString(path, "\n" + text + "\n", StandardOpenOption.APPEND);
    }

    public void start() throws IOException {
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server").directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("CHECK_ROOT_INSTANCE_RUNNING", "false");
        pb.environment().remove("JAVA_OPTS");
        pb.environment().remove("EXTRA_JAVA_OPTS");
        startedNanos = System.nanoTime();
        process = pb.start();
    }

    /** Polls {@code path} every 100 ms until the status satisfies {@code accept}; returns seconds since start. */
    public double awaitHttp(String path, String user, String password, IntPredicate accept, double timeoutSeconds)
            throws Exception {
        long deadline = System.nanoTime() + (long) (timeoutSeconds * 1e9);
        int last = -1;
        while (System.nanoTime() < deadline) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Karaf in " + home + " exited with " + process.exitValue());
            }
            try (HttpConnection c = connection(user, password)) {
                last = c.get(path).status();
                if (accept.test(last)) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(path + " did not answer as expected within " + timeoutSeconds + " s (last "
                + last + ") in " + home);
    }

    public HttpConnection connection(String user, String password) {
        return new HttpConnection("127.0.0.1", port, user, password);
    }

    /** The Karaf JVM: bin/karaf runs java as a child process, not by exec. */
    public long jvmPid() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .map(ProcessHandle::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Karaf JVM below " + process.pid()));
    }

    /** Resident set size of the JVM in MB, from /proc. */
    public double rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(jvmPid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS");
    }

    /**
     * CPU time the Karaf JVM has used so far (user + system, from /proc/<pid>/stat, in seconds): unlike wall
     * clock time it hardly grows when other processes compete for the cores.
     */
    public double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(jvmPid()), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields after the command: state is index 0, utime index 11, stime index 12 (clock ticks, 100 per second)
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    /** Heap in use after a full GC ({@code jcmd GC.run}, then {@code GC.heap_info}), in MB. */
    public double heapAfterGcMb() throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String pid = Long.toString(jvmPid());
        exec(home, jcmd, pid, "GC.run");
        String info = output(home, jcmd, pid, "GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("cannot read the heap from: " + info);
        }
        return Long.parseLong(m.group(1)) / 1024.0;
    }

    public List<String> log() throws IOException {
        Path log = home.resolve("data/log/karaf.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** Stops the JVM (SIGTERM: Karaf shuts down cleanly and H2 closes its file), waits for it. */
    public void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        Optional<ProcessHandle> jvm = process.descendants().findFirst();
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        jvm.ifPresent(j -> j.onExit().orTimeout(60, TimeUnit.SECONDS).exceptionally(e -> null).join());
        process = null;
    }

    @Override
    public void close() throws Exception {
        stop();
    }

    public void delete() throws IOException {
        deleteTree(home.getParent());
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    static void exec(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }

    static String output(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    static void deleteTree(Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<Path> all = Files.walk(path)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
