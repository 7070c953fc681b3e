package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * bin/asskomm-backup and bin/asskomm-restore on the distribution run as a real process, on the configured database
 * (H2, or PostgreSQL with {@code -Dasskomm.itest.postgres}): the backup is taken online, more data is written after
 * it, and the restore brings back exactly the data of the backup: row count and checksum of every table.
 */
public class BackupRestoreIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> AGS = List.of("14522150", "14522140", "14511000");

    private KarafProcess karaf;
    private String jdbcUrl;
    private Map<String, String> env = Map.of();

    @Before
    public void unpack() throws Exception {
        karaf = KarafProcess.unpack(Path.of("target", "backup-restore-it"));
        Optional<String> postgres = KarafProcess.freshPostgresDatabase();
        if (postgres.isEmpty()) {
            jdbcUrl = "jdbc:h2:" + karaf.home().resolve("data/asskomm/asskomm")
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
            return;
        }
        jdbcUrl = postgres.get();
        karaf.usePostgres(jdbcUrl);
        env = Map.of("PG_BIN", System.getProperty("asskomm.itest.pgbin", "/usr/lib/postgresql/15/bin"));
    }

    @After
    public void stop() throws Exception {
        karaf.close();
    }

    @Test
    public void theRestoreBringsBackExactlyTheDataOfTheBackup() throws Exception {
        karaf.startAndAwait();
        // the platform's resources register one after the other after health: wait for the store's
        karaf.await("/api/v1/platform/features", 200);
        assertEquals(202, karaf.call("PUT", "/api/v1/platform/features/asskomm-councils", KarafProcess.ADMIN, null).statusCode());
        karaf.await("/api/v1/councils/statistics", 200);
        List<String> backedUp = new ArrayList<>();
        for (String ags : AGS.subList(0, 2)) {
            backedUp.add(createCouncil(ags));
        }
        karaf.stop();
        Map<String, Table> atBackup = snapshot();

        karaf.startAndAwait();
        Path backup = karaf.home().getParent().resolve("backups/asskomm-backup.dump");
        String said = karaf.script(env, "bin/asskomm-backup", backup.toString());
        assertTrue(said, Files.size(backup) > 0);
        String later = createCouncil(AGS.get(2)); // after the backup: the restore must drop it
        karaf.stop();
        Map<String, Table> afterMoreWrites = snapshot();
        assertNotEquals("the comparison sees the later write", atBackup, afterMoreWrites);

        String restored = karaf.script(env, "bin/asskomm-restore", backup.toString());
        Map<String, Table> afterRestore = snapshot();
        assertEquals(restored, atBackup, afterRestore);
        System.out.printf("BackupRestoreIT (%s): %d tables, %d rows compared, all equal after the restore%n",
                jdbcUrl.startsWith("jdbc:h2") ? "H2" : "PostgreSQL", atBackup.size(),
                atBackup.values().stream().mapToInt(Table::rows).sum());

        karaf.startAndAwait();
        karaf.await("/api/v1/councils/statistics", 200);
        for (String id : backedUp) {
            assertEquals(200, karaf.call("GET", "/api/v1/councils/" + id, KarafProcess.ADMIN, null).statusCode());
        }
        assertEquals(404, karaf.call("GET", "/api/v1/councils/" + later, KarafProcess.ADMIN, null).statusCode());
    }

    private String createCouncil(String ags) throws Exception {
        assertEquals(200, karaf.call("PUT", "/api/v1/municipalities/" + ags + "/modules/councils", KarafProcess.ADMIN, null).statusCode());
        HttpResponse<String> created = karaf.call("POST", "/api/v1/councils", KarafProcess.ADMIN,
                "{\"municipality\": \"" + ags + "\", \"plannedOn\": \"2020-12-09\"}");
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asText();
    }

    /** Row count and checksum of the rows (in any order) of every table of the platform. */
    record Table(int rows, String sha256) {
    }

    /**
     * Each node's own report (converged state, last install or uninstall per feature, last migration result), which
     * the running node rewrites when it starts and every few seconds: a node's state, not data. The restore brings
     * back what the backup held of it, and the node overwrites it at its next start.
     */
    private static final java.util.Set<String> NODE_REPORTS = java.util.Set.of("platform_cluster_node",
            "platform_cluster_operation", "platform_schema_node");

    private Map<String, Table> snapshot() throws Exception {
        Map<String, Table> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, KarafProcess.postgresUser(), KarafProcess.postgresPassword())) {
            List<String> names = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name FROM"
                    + " information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                if (!NODE_REPORTS.contains(name)) {
                    tables.put(name, table(c, name));
                }
            }
        }
        assertTrue("the councils written are in the snapshot: " + tables, tables.get("councils_council").rows() >= 2);
        return tables;
    }

    private static Table table(Connection c, String name) throws SQLException, java.security.NoSuchAlgorithmException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + name)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('\u001f');
                }
                rows.add(row.toString());
            }
        }
        Collections.sort(rows);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        rows.forEach(r -> sha.update((r + "\n").getBytes(StandardCharsets.UTF_8)));
        return new Table(rows.size(), HexFormat.of().formatHex(sha.digest()));
    }
}
