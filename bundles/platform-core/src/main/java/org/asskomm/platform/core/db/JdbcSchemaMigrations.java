package org.asskomm.platform.core.db;

import java.io.File;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;

import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.SchemaMigrations;
import org.asskomm.platform.api.persistence.Sql;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deliberately small migration runner (see docs/decisions/0002-migrations.md): versioned SQL
 * scripts per module, one history table, each script in its own transaction, checksums checked.
 * A lock row serialises migrations of several nodes on one database.
 */
@Component(service = SchemaMigrations.class)
public class JdbcSchemaMigrations implements SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSchemaMigrations.class);
    /** Key of the PostgreSQL advisory lock around the creation of the history and lock tables. */
    private static final long BOOTSTRAP_LOCK = 0x4153534b6f6d6dL; // "ASSKomm"

    private final Database database;

    @Activate
    public JdbcSchemaMigrations(@Reference Database database) {
        this.database = database;
        database.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                if (database.dialect() == Database.Dialect.POSTGRESQL) {
                    // Several nodes booting on an empty database at once: CREATE TABLE IF NOT EXISTS is not safe
                    // against a concurrent create in PostgreSQL (unique violation in pg_type), and each node would
                    // insert the lock row. This advisory lock serialises the bootstrap until the commit. (An H2
                    // file database is only ever opened by one node.)
                    s.execute("SELECT pg_advisory_xact_lock(" + BOOTSTRAP_LOCK + ")");
                }
                s.execute("CREATE TABLE IF NOT EXISTS platform_schema_history ("
                        + "module VARCHAR(64) NOT NULL, version INTEGER NOT NULL, description VARCHAR(200) NOT NULL,"
                        + " checksum BIGINT NOT NULL, applied_at TIMESTAMP NOT NULL, PRIMARY KEY (module, version))");
                s.execute("CREATE TABLE IF NOT EXISTS platform_schema_lock (id INTEGER PRIMARY KEY)");
            }
            if (Sql.count(c, "SELECT COUNT(*) FROM platform_schema_lock") == 0) {
                Sql.update(c, "INSERT INTO platform_schema_lock (id) VALUES (1)");
            }
            return null;
        });
    }

    /**
     * Holds the lock row that serialises migrations until the caller's transaction ends: for other one-time
     * work at boot (seeding) that several nodes on one database must not do twice.
     */
    public static void lockAcrossNodes(Connection c) throws SQLException {
        Sql.query(c, "SELECT id FROM platform_schema_lock WHERE id = 1 FOR UPDATE", rs -> rs.getInt(1));
    }

    @Override
    public synchronized int migrate(String moduleId, Class<?> anchor) {
        List<SqlScript> scripts = scripts(moduleId, anchor);
        for (SqlScript script : scripts) {
            database.inTransaction(c -> {
                lockAcrossNodes(c);
                Optional<Long> applied = Sql.queryOne(c,
                        "SELECT checksum FROM platform_schema_history WHERE module = ? AND version = ?",
                        rs -> rs.getLong(1), moduleId, script.version());
                if (applied.isPresent()) {
                    if (applied.get() != script.checksum()) {
                        throw new IllegalStateException("Migration " + moduleId + " V" + script.version()
                                + " was changed after it was applied; add a new script instead.");
                    }
                    return null;
                }
                apply(c, moduleId, script);
                return null;
            });
        }
        return currentVersion(moduleId);
    }

    private static void apply(Connection c, String moduleId, SqlScript script) throws SQLException {
        LOG.info("Applying migration {} V{} ({})", moduleId, script.version(), script.description());
        try (Statement s = c.createStatement()) {
            for (String statement : script.statements()) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Migration " + moduleId + " V" + script.version() + " failed: "
                    + e.getMessage(), e);
        }
        Sql.update(c, "INSERT INTO platform_schema_history (module, version, description, checksum, applied_at)"
                + " VALUES (?, ?, ?, ?, ?)", moduleId, script.version(), script.description(), script.checksum(),
                Instant.now());
    }

    @Override
    public int currentVersion(String moduleId) {
        return database.inTransaction(c -> (int) Sql.count(c,
                "SELECT COALESCE(MAX(version), 0) FROM platform_schema_history WHERE module = ?", moduleId));
    }

    /** Reads {@code db/<module>/V*.sql} from the anchor's bundle (or class path, in unit tests), by version. */
    static List<SqlScript> scripts(String moduleId, Class<?> anchor) {
        List<SqlScript> result = new ArrayList<>();
        Bundle bundle = FrameworkUtil.getBundle(anchor);
        if (bundle != null) {
            Enumeration<URL> entries = bundle.findEntries("db/" + moduleId, "V*.sql", false);
            while (entries != null && entries.hasMoreElements()) {
                URL url = entries.nextElement();
                String path = url.getPath();
                addScript(result, path.substring(path.lastIndexOf('/') + 1), url);
            }
        } else {
            // unit tests run outside OSGi: the scripts are in a class-path directory or jar
            URL dir = anchor.getResource("/db/" + moduleId);
            for (String name : dir == null ? List.<String>of() : listClassPath(dir)) {
                addScript(result, name, anchor.getResource("/db/" + moduleId + "/" + name));
            }
        }
        result.sort(Comparator.comparingInt(SqlScript::version));
        for (int i = 0; i < result.size(); i++) {
            if (result.get(i).version() != i + 1) {
                throw new IllegalStateException("Migrations of " + moduleId + " must be numbered 1, 2, 3, ... without gaps");
            }
        }
        return result;
    }

    private static void addScript(List<SqlScript> result, String name, URL url) {
        SqlScript script = SqlScript.of(name, read(url));
        if (script != null) {
            result.add(script);
        }
    }

    private static List<String> listClassPath(URL dir) {
        List<String> names = new ArrayList<>();
        try {
            if (dir.getProtocol().equals("jar")) {
                JarURLConnection connection = (JarURLConnection) dir.openConnection();
                connection.setUseCaches(false); // closing a cached JarFile would break the class loader
                String prefix = connection.getEntryName() + "/";
                try (JarFile jar = connection.getJarFile()) {
                    jar.stream().map(e -> e.getName()).filter(n -> n.startsWith(prefix) && n.indexOf('/', prefix.length()) < 0)
                            .forEach(n -> names.add(n.substring(prefix.length())));
                }
            } else {
                String[] files = new File(dir.toURI()).list();
                names.addAll(List.of(files == null ? new String[0] : files));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list " + dir, e);
        }
        return names;
    }

    private static String read(URL url) {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + url, e);
        }
    }
}
