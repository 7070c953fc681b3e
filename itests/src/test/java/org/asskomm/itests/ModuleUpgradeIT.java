package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Upgrades a running module (councils) with {@code bundle:update} to a new version that carries a schema migration,
 * built here from the installed jar: a broken V2 first (old schema and data stay, the module is out of service and
 * {@code /api/v1/health} and the log say why), then a working V2 (the data is migrated, the module serves again).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleUpgradeIT extends AsskommTestSupport {

    private static final String COUNCILS = "/api/v1/councils";
    private static final String FRANKENBERG_AGS = "14522150";
    private static final String FLOEHA_AGS = "14522140";

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void councilsWithData() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        installIfMissing("asskomm-councils");
        awaitStatus(COUNCILS + "/statistics", 200, Duration.ofSeconds(30));
        enable("councils", FRANKENBERG_AGS);
        enable("councils", FLOEHA_AGS);
    }

    @Test
    public void aBrokenMigrationLeavesSchemaAndDataThenAFixedOneMigratesTheData() throws Exception {
        List<String> ids = new ArrayList<>();
        for (String ags : List.of(FRANKENBERG_AGS, FLOEHA_AGS)) {
            Answer created = post(COUNCILS, ADMIN, Map.of("municipality", ags, "plannedOn", "2020-12-09"));
            assertEquals(created.body(), 201, created.status());
            ids.add(created.get("id").asText());
        }
        String before = councilRows();
        Bundle councils = bundle("org.asskomm.councils");
        byte[] original = read(councils.getLocation());
        int shipped = ModuleJars.lastMigration(original, "councils");   // the test's release adds the next one
        String brokenScript = ModuleJars.nextMigration(original, "councils", "broken_upgrade");

        // 1. V2 fails in its second statement: nothing of it may stay, on H2 as on PostgreSQL
        councils.update(new ByteArrayInputStream(ModuleJars.withMigration(original, "0.1.0.upgrade-broken", "councils",
                brokenScript,
                "ALTER TABLE councils_council ADD COLUMN upgrade_note VARCHAR(50);\n"
                        + "UPDATE councils_council SET no_such_column = 'x';\n")));
        JsonNode module = awaitModule("councils", "FAILED");
        assertEquals(shipped, module.get("schemaVersion").asInt());
        assertTrue(module.toString(), module.get("error").asText().startsWith(brokenScript + ": "));
        assertTrue(module.toString(), module.get("error").asText().toLowerCase().contains("no_such_column"));
        Answer health = get("/api/v1/health", null);
        assertEquals(200, health.status());
        assertEquals("DEGRADED", health.get("status").asText());
        assertEquals(0, columnCount("councils_council", "upgrade_note"));
        assertEquals(before, councilRows());
        awaitStatus(COUNCILS + "/" + ids.get(0), 404, Duration.ofSeconds(10));   // the module's application is withdrawn
        String log = Files.readString(Path.of(System.getProperty("karaf.data"), "log", "karaf.log"));
        assertTrue("the log says why", log.contains("Schema migration of module councils failed")
                && log.contains(brokenScript));

        // 2. the fixed release: the data is migrated, nothing lost, the module serves again
        councils.update(new ByteArrayInputStream(ModuleJars.withMigration(original, "0.1.0.upgrade-fixed", "councils",
                ModuleJars.nextMigration(original, "councils", "add_upgrade_note"), "ALTER TABLE councils_council ADD COLUMN upgrade_note VARCHAR(50);\n"
                        + "UPDATE councils_council SET upgrade_note = 'migrated';\n")));
        module = awaitModule("councils", "UP");
        assertEquals(shipped + 1, module.get("schemaVersion").asInt());
        assertTrue(module.toString(), module.path("error").isMissingNode() || module.get("error").isNull());
        assertEquals("UP", get("/api/v1/health", null).get("status").asText());
        assertEquals(before, councilRows());
        assertEquals(2, count("SELECT COUNT(*) FROM councils_council WHERE upgrade_note = 'migrated'"));
        for (String id : ids) {
            Answer council = awaitStatus(COUNCILS + "/" + id, 200, Duration.ofSeconds(30));
            assertEquals("PLANNED", council.get("status").asText());
        }
        assertEquals("0.1.0.upgrade-fixed", bundle("org.asskomm.councils").getVersion().toString());
    }

    private JsonNode awaitModule(String id, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            for (JsonNode m : get("/api/v1/health", ADMIN).get("modules")) {
                if (m.get("id").asText().equals(id)) {
                    last = m;
                    if (m.get("status").asText().equals(status)) {
                        return m;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("module " + id + " not " + status + " in /api/v1/health; last: " + last);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static byte[] read(String location) throws IOException {
        try (InputStream in = new URL(location).openStream()) {
            return in.readAllBytes();
        }
    }

    /** Every council row, in id order, as text: the data before and after must be the same. */
    private String councilRows() throws SQLException {
        StringBuilder rows = new StringBuilder();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, ags, name, status, version FROM councils_council ORDER BY id")) {
            while (rs.next()) {
                rows.append(rs.getString(1)).append('|').append(rs.getString(2)).append('|').append(rs.getString(3))
                        .append('|').append(rs.getString(4)).append('|').append(rs.getInt(5)).append('\n');
            }
        }
        return rows.toString();
    }

    private int columnCount(String table, String column) throws SQLException {
        return count("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = '" + table
                + "' AND column_name = '" + column + "'");
    }

    private int count(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private DataSource dataSource() {
        try {
            ServiceReference<DataSource> ref = bundleContext.getServiceReferences(DataSource.class,
                    "(dataSourceName=asskomm)").iterator().next();
            return bundleContext.getService(ref);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
