package org.asskomm.itests;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Helpers for process-level tests of what an operator does with the shipped distribution: the shipped
 * {@code admin}/{@code admin} (not {@link KarafProcess}'s test password), the SSH console through
 * {@code bin/client}, anonymous health polling.
 */
final class ShippedDistribution {

    /** What a command run through the console printed, and its exit code. */
    record Result(int exitCode, String output) {
    }

    private ShippedDistribution() {
    }

    /** {@link KarafProcess#unpack} with the test user's admin line removed, so the shipped admin/admin holds. */
    static KarafProcess unpack(Path dir) throws Exception {
        KarafProcess node = KarafProcess.unpack(dir);
        Path users = node.home().resolve("etc/users.properties");
        String text = Files.readString(users).lines()
                .filter(l -> !l.startsWith(KarafProcess.ADMIN + " = " + KarafProcess.PASSWORD))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(users, text);
        return node;
    }

    /** Waits until the anonymous health check answers 200. */
    static void awaitHealth(KarafProcess node, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "none";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = node.call("GET", "/api/v1/health", null, null);
                if (answer.statusCode() == 200) {
                    return;
                }
                last = answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("/api/v1/health did not answer 200 within " + timeout + "; last " + last);
    }

    /** Runs shell commands through {@code bin/client -u user -p password -b}; never fails by itself. */
    static Result client(Path home, String user, String password, String commands) throws Exception {
        return shell(home, Map.of(), home.resolve("bin/client").toString(), "-u", user, "-p", password, "-b")
                .withInput(commands);
    }

    /** A command in the distribution's directory with JAVA_HOME set; {@link Pending#withInput} runs it. */
    static Pending shell(Path home, Map<String, String> env, String... command) {
        return input -> {
            ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
            Map<String, String> all = new HashMap<>(env);
            all.put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().putAll(all);
            Process p = pb.start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Result(p.waitFor(), output);
        };
    }

    interface Pending {
        Result withInput(String input) throws Exception;
    }
}
