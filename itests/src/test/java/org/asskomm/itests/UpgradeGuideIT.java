package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The "Upgrades" section of docs/operations.md, step by step, as an administrator follows it: a module release on
 * its own offered through the store and installed in place; then the whole distribution: stop, unpack the new one
 * next to the old, carry over what the section lists (changed {@code etc/} files, with H2 {@code data/asskomm/})
 * and nothing else (not {@code etc/org.asskomm.modules.cfg}, not {@code data/cache}), start; every module back at
 * its chosen version, its data and the configuration intact; finally the module's rollback in place.
 * On H2 by default, on PostgreSQL with {@code -Dasskomm.itest.postgres}.
 */
public class UpgradeGuideIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = KarafProcess.ADMIN;
    private static final String FRANKENBERG = KarafProcess.FRANKENBERG;
    private static final String FEATURE = "asskomm-agreements";
    private static final String NEW = "0.1.1";
    private static final String CHANGED = "maxConnectionsPerSource = 150";

    private KarafProcess old;
    private KarafProcess upgraded;

    @After
    public void stop() throws Exception {
        for (KarafProcess node : new KarafProcess[] {old, upgraded}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    public void theUpgradeSectionStepByStep() throws Exception {
        Optional<String> postgres = KarafProcess.freshPostgresDatabase();
        Path dir = Path.of("target", "upgrade-guide-it").toAbsolutePath();
        old = KarafProcess.unpack(dir.resolve("old"));
        if (postgres.isPresent()) {
            old.usePostgres(postgres.get());
        }
        old.append("etc/org.asskomm.rest.cfg", CHANGED);   // a configuration the operator changed
        old.startAndAwait();

        // the installation before the upgrade: a module chosen through the store, enabled, with data
        expect(202, old.call("PUT", "/api/v1/platform/features/" + FEATURE, ADMIN, null));
        old.await("/api/v1/agreements", 200, Duration.ofSeconds(120));
        String shippedVersion = json(expect(200, old.call("GET", "/api/v1/platform/features/" + FEATURE, ADMIN, null)))
                .get("version").asText();
        expect(200, old.call("PUT", "/api/v1/municipalities/14522150/modules/agreements", ADMIN, null));
        String id = json(expect(201, old.call("POST", "/api/v1/agreements", FRANKENBERG,
                TwoNodeIT.agreement("before the upgrade").toString()))).get("id").asText();

        // "Where a new module version comes from": a module release on its own, offered through the store
        byte[] shipped = ModuleJars.shipped(old.home(), "agreements");
        int shippedSchema = ModuleJars.lastMigration(shipped, "agreements");
        Path features = ModuleJars.featuresRepository(dir.resolve("releases"), FEATURE, "agreements", Map.of(NEW,
                ModuleJars.withMigration(shipped, NEW, "agreements", ModuleJars.nextMigration(shipped, "agreements",
                        "add_review_note"), "ALTER TABLE agreements_agreement ADD COLUMN review_note VARCHAR(200);\n")));
        expect(200, old.call("POST", "/api/v1/platform/repositories", ADMIN,
                JSON.writeValueAsString(Map.of("uri", features.toUri().toString()))));

        // "One module, in place"
        expect(202, old.call("PUT", "/api/v1/platform/features/" + FEATURE + "?version=" + NEW, ADMIN, null));
        awaitModule(old, NEW, shippedSchema + 1);
        assertEquals("before the upgrade", subject(old, id));

        // "The whole distribution": 1. stop; 2. unpack the new one next to the old
        old.stop();
        upgraded = KarafProcess.unpack(dir.resolve("new"));
        // 3. carry over the etc/ files that were changed, with H2 the database; nothing else
        for (String file : List.of("org.asskomm.rest.cfg", "org.ops4j.datasource-asskomm.cfg")) {
            Files.copy(old.home().resolve("etc").resolve(file), upgraded.home().resolve("etc").resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (postgres.isEmpty()) {
            copyTree(old.home().resolve("data/asskomm"), upgraded.home().resolve("data/asskomm"));
        }
        assertFalse("the new etc/ does not name the module", Files.readAllLines(upgraded.home()
                .resolve("etc/org.asskomm.modules.cfg")).stream().anyMatch(l -> l.startsWith("installed") && l.contains(FEATURE)));
        assertFalse(Files.exists(upgraded.home().resolve("data/cache")));
        // 4. start
        upgraded.startAndAwait();
        // 5. check: the module at its chosen version from the released repository, its data, the configuration
        awaitModule(upgraded, NEW, shippedSchema + 1);
        assertEquals("before the upgrade", subject(upgraded, id));
        expect(201, upgraded.call("POST", "/api/v1/agreements", FRANKENBERG, TwoNodeIT.agreement("after").toString()));
        assertTrue(Files.readString(upgraded.home().resolve("etc/org.asskomm.rest.cfg")).contains(CHANGED));
        JsonNode enablement = json(expect(200, upgraded.call("GET", "/api/v1/municipalities/14522150/modules/agreements",
                ADMIN, null)));
        assertTrue(enablement.toString(), enablement.get("enabled").asBoolean());

        // "Rollback", a module: back to the version the distribution ships; the expanded schema stays
        expect(202, upgraded.call("PUT", "/api/v1/platform/features/" + FEATURE + "?version=" + shippedVersion, ADMIN, null));
        awaitModule(upgraded, shippedVersion, shippedSchema + 1);
        assertEquals("before the upgrade", subject(upgraded, id));
        System.out.printf("UpgradeGuideIT (%s): %s %s -> %s in place, new distribution with etc/ changes and %s,"
                + " rolled back to %s: data and configuration intact%n", postgres.isPresent() ? "PostgreSQL" : "H2",
                FEATURE, shippedVersion, NEW, postgres.isPresent() ? "the same database" : "data/asskomm", shippedVersion);
    }

    /** Until the node reports the feature version converged and the module UP at the schema version. */
    private static void awaitModule(KarafProcess node, String version, int schemaVersion) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            JsonNode cluster = json(expect(200, node.call("GET", "/api/v1/platform/cluster", ADMIN, null)));
            boolean installed = false;
            for (JsonNode n : cluster.get("nodes")) {
                // this node (its id ends with its installation directory), not the old installation's last report
                if (n.get("node").asText().contains("/" + node.home().getParent().getFileName() + "/")) {
                    installed = n.get("converged").asBoolean()
                            && n.get("installed").toString().contains("\"" + FEATURE + "/" + version + "\"");
                }
            }
            for (JsonNode m : json(node.call("GET", "/api/v1/health", ADMIN, null)).get("modules")) {
                if (m.get("id").asText().equals("agreements")) {
                    last = cluster.get("nodes") + " " + m;
                    if (installed && m.get("status").asText().equals("UP") && m.get("schemaVersion").asInt() == schemaVersion
                            && node.call("GET", "/api/v1/agreements", ADMIN, null).statusCode() == 200) {
                        return;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError(FEATURE + " not at " + version + " with schema " + schemaVersion + ": " + last);
    }

    private static String subject(KarafProcess node, String id) throws Exception {
        return json(expect(200, node.call("GET", "/api/v1/agreements/" + id, FRANKENBERG, null))).get("subject").asText();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
        assertEquals(r.body(), status, r.statusCode());
        return r;
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return JSON.readTree(r.body());
    }
}
