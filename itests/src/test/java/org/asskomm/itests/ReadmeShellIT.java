package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Test;

/**
 * Every shell line of the README (the console lines starting with {@code bin/} and the {@code export} of the
 * credentials they use) runs, exactly as printed, against the unpacked distribution with its shipped users,
 * after Karaf has hashed their passwords.
 */
public class ReadmeShellIT {

    private KarafProcess karaf;

    @After
    public void stop() throws Exception {
        if (karaf != null) {
            karaf.close();
        }
    }

    /** The console lines of the README's sh blocks, in order. */
    static List<String> readmeLines() throws Exception {
        List<String> lines = new ArrayList<>();
        boolean inSh = false;
        for (String line : Files.readAllLines(Path.of("..", "README.md"))) {
            if (line.startsWith("```")) {
                inSh = !inSh && line.equals("```sh");
                continue;
            }
            String l = line.trim();
            if (inSh && (l.startsWith("bin/") || l.startsWith("export ASSKOMM_"))) {
                lines.add(l);
            }
        }
        return lines;
    }

    @Test
    public void everyShellLineOfTheReadmeWorksAsPrinted() throws Exception {
        List<String> lines = readmeLines();
        assertTrue("README console lines: " + lines, lines.stream().filter(l -> l.startsWith("bin/")).count() >= 3);
        assertFalse("bin/client \"<command>\" prints only Closed: " + lines,
                lines.stream().anyMatch(l -> l.matches("bin/client\\s+\".*")));

        karaf = ShippedDistribution.unpack(Path.of("target", "readme-shell-it"));
        karaf.start();
        ShippedDistribution.awaitHealth(karaf, Duration.ofSeconds(180));
        Path users = karaf.home().resolve("etc/users.properties");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(users).contains("admin = {CRYPT}") && System.nanoTime() < deadline) {
            ShippedDistribution.client(karaf.home(), "admin", "admin", "shell:echo hash\n");
            Thread.sleep(500);
        }
        assertTrue("the shipped password is hashed before the README runs", Files.readString(users).contains("admin = {CRYPT}"));

        // one shell, as an operator types them: the export holds for the lines after it
        StringBuilder script = new StringBuilder("set -e\n");
        for (String line : lines) {
            script.append("echo '>>> ").append(line.replace("'", "")).append("'\n").append(line).append('\n');
        }
        ShippedDistribution.Result run = ShippedDistribution.shell(karaf.home(), Map.of(), "sh", "-c", script.toString())
                .withInput("");
        assertEquals(run.output(), 0, run.exitCode());
        assertFalse(run.output(), run.output().contains("Closed"));
        assertFalse(run.output(), run.output().contains("Error"));
        assertFalse(run.output(), run.output().contains("not found"));
        // what the lines did: agreements installed and enabled for Frankenberg/Sa.
        assertTrue(run.output(), run.output().contains("agreements"));
        assertTrue(run.output(), run.output().contains("14522150") || run.output().contains("Frankenberg"));
    }
}
