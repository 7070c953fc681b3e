package org.asskomm.itests;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * nginx as a plain process (no service, no root port) in front of the nodes, with docs/nginx-asskomm.conf's rules.
 * A node can be drained for its upgrade ({@link #drain}: marked {@code down}, graceful {@code nginx -s reload}: the
 * requests in flight finish on it, new ones go to the others) and put back ({@link #restore}).
 */
final class Nginx implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/nginx");

    private final Process process;
    private final Path prefix;
    private final int port;
    private final int[] nodes;
    private final boolean clientKeepAlive;

    private Nginx(Process process, Path prefix, int port, int[] nodes, boolean clientKeepAlive) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
        this.nodes = nodes;
        this.clientKeepAlive = clientKeepAlive;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** nginx on a free port in front of the nodes' HTTP ports, or null when no nginx is installed. */
    static Nginx startIfInstalled(Path prefix, int... nodes) throws Exception {
        return startIfInstalled(prefix, true, nodes);
    }

    /**
     * With {@code clientKeepAlive} false nginx closes each client connection after the response: a reload (to drain
     * a node) closes idle keep-alive connections, and a client that sends its next request on one at that moment
     * gets an I/O error unless it retries (browsers do; the JDK's HTTP client does not).
     */
    static Nginx startIfInstalled(Path prefix, boolean clientKeepAlive, int... nodes) throws Exception {
        if (!installed()) {
            System.out.println("no nginx installed; requests go to the nodes directly");
            return null;
        }
        KarafProcess.deleteTree(prefix);
        Files.createDirectories(prefix.resolve("logs"));
        int port = KarafProcess.freePort();
        writeConfig(prefix, port, nodes, Set.of(), clientKeepAlive);
        Process process = new ProcessBuilder(BINARY.toString(), "-p", prefix.toString(), "-c",
                prefix.resolve("nginx.conf").toString(), "-e", prefix.resolve("logs/error.log").toString())
                .redirectErrorStream(true).redirectOutput(prefix.resolve("logs/console.log").toFile()).start();
        Nginx nginx = new Nginx(process, prefix, port, nodes, clientKeepAlive);
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (true) {
            try {
                if (KarafProcess.send(http, nginx.baseUrl(), "GET", "/api/v1/health", null, null).statusCode() == 200) {
                    return nginx;
                }
            } catch (IOException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    nginx.close();
                    throw new AssertionError("nginx did not start; see " + prefix.resolve("logs"), e);
                }
            }
            Thread.sleep(100);
        }
    }

    private static void writeConfig(Path prefix, int port, int[] nodes, Set<Integer> down, boolean clientKeepAlive)
            throws IOException {
        String servers = IntStream.of(nodes).mapToObj(node -> "            server 127.0.0.1:" + node
                + " max_fails=1 fail_timeout=10s" + (down.contains(node) ? " down" : "") + ";")
                .collect(Collectors.joining("\n"));
        Files.writeString(prefix.resolve("nginx.conf"), """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 256; }
                http {
                    access_log %1$s/logs/access.log;
                    client_body_temp_path %1$s/client_body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    keepalive_timeout %4$s;
                    upstream asskomm {
                %2$s
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://asskomm;
                            proxy_next_upstream error timeout http_502 http_503;
                            proxy_next_upstream_tries 2;
                            proxy_connect_timeout 2s;
                            proxy_read_timeout 60s;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            proxy_set_header X-Forwarded-Proto $scheme;
                        }
                    }
                }
                """.formatted(prefix, servers, port, clientKeepAlive ? "75s" : "0"));
    }

    /** Takes the node out of the load balancing; returns once nginx's old workers have finished their requests. */
    void drain(int node) throws Exception {
        reload(Set.of(node));
    }

    /** Puts every node back. */
    void restore() throws Exception {
        reload(Set.of());
    }

    private void reload(Set<Integer> down) throws Exception {
        writeConfig(prefix, port, nodes, down, clientKeepAlive);
        long workersBefore = process.descendants().count();
        KarafProcess.run(prefix, BINARY.toString(), "-p", prefix.toString(), "-c",
                prefix.resolve("nginx.conf").toString(), "-e", prefix.resolve("logs/error.log").toString(), "-s", "reload");
        // the old worker finishes its requests in flight and exits; a new one takes new requests
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Thread.sleep(500);
        while (process.descendants().count() > workersBefore && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        process.destroy(); // SIGTERM: nginx's fast shutdown
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }
}
