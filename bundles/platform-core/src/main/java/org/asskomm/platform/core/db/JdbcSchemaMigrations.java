package org.asskomm.platform.core.db;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.asskomm.platform.api.admin.NodeMigration;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.SchemaMigrations;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.core.store.ClusterNode;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A deliberately small migration runner (see docs/decisions/0002-migrations.md): versioned SQL
 * scripts per module, one history table, each script in its own transaction, checksums checked.
 * A lock row serialises migrations of several nodes on one database. On H2, whose DDL commits implicitly,
 * each pending script is first tried on an in-memory copy of the database ({@link H2DryRun}).
 */
@Component(service = {SchemaMigrations.class, JdbcSchemaMigrations.class})
public class JdbcSchemaMigrations implements SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcSchemaMigrations.class);
    /** Key of the PostgreSQL advisory lock around the creation of the history and lock tables. */
    private static final long BOOTSTRAP_LOCK = 0x4153534b6f6d6dL; // "ASSKomm"

    private final Database database;
    /** On H2, the in-memory copy on which pending scripts are tried first. */
    private final DryRunCopies dryRuns;
    /** Why a module's last migration failed on this node, by module id; cleared by a later success. */
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    @Activate
    public JdbcSchemaMigrations(@Reference Database database, BundleContext context) {
        this(database, () -> h2DriverOf(context));
    }

    /** Outside OSGi (unit tests): the H2 driver is on the class path. */
    public JdbcSchemaMigrations(Database database) {
        this(database, () -> {
            try {
                return DriverManager.getDriver("jdbc:h2:mem:");
            } catch (SQLException e) {
                throw new IllegalStateException("No H2 driver on the class path", e);
            }
        });
    }

    private JdbcSchemaMigrations(Database database, Supplier<Driver> h2Driver) {
        this.database = database;
        this.dryRuns = new DryRunCopies(database, h2Driver);
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
                s.execute("CREATE TABLE IF NOT EXISTS platform_schema_node ("
                        + "module VARCHAR(64) NOT NULL, node_id VARCHAR(300) NOT NULL, version INTEGER NOT NULL,"
                        + " error VARCHAR, at TIMESTAMP NOT NULL, PRIMARY KEY (module, node_id))");
            }
            if (Sql.count(c, "SELECT COUNT(*) FROM platform_schema_lock") == 0) {
                Sql.update(c, "INSERT INTO platform_schema_lock (id) VALUES (1)");
            }
            return null;
        });
    }

    @Deactivate
    void deactivate() {
        dryRuns.drop();
    }

    /**
     * Holds the lock row that serialises migrations until the caller's transaction ends: for other one-time
     * work at boot (seeding) that several nodes on one database must not do twice.
     */
    public static void lockAcrossNodes(Connection c) throws SQLException {
        Sql.query(c, "SELECT id FROM platform_schema_lock WHERE id = 1 FOR UPDATE", rs -> rs.getInt(1));
    }

    /** @deprecated the platform's {@link MigrationExtender} migrates a module bundle's scripts when it starts */
    @Deprecated
    @Override
    public int migrate(String moduleId, Class<?> anchor) {
        return migrate(moduleId, MigrationScripts.of(moduleId, anchor)).version();
    }

    /**
     * Applies the module's pending scripts (given in version order).
     *
     * @return the schema now in force
     * @throws IllegalStateException when a script fails (remembered for {@link #schemas()} and logged)
     */
    public synchronized ModuleSchema migrate(String moduleId, List<SqlScript> scripts) {
        try {
            for (int i = 0; i < scripts.size(); i++) {
                if (scripts.get(i).version() != i + 1) {
                    throw new IllegalStateException("Migrations of " + moduleId
                            + " must be numbered 1, 2, 3, ... without gaps");
                }
            }
            applyPending(moduleId, scripts);
            failures.remove(moduleId);
            int version = currentVersion(moduleId);
            recordOnNode(moduleId, version, null);
            return new ModuleSchema(moduleId, version, null);
        } catch (RuntimeException e) {
            failures.put(moduleId, e.getMessage());
            recordOnNode(moduleId, currentVersion(moduleId), e.getMessage());
            LOG.error("Schema migration of module {} failed; its schema stays at version {} and the module does not"
                    + " start: {}", moduleId, currentVersion(moduleId), e.getMessage());
            throw e;
        }
    }

    /**
     * Keeps the result of this node's migration of the module in the shared database, so that every node knows of
     * a migration that failed on one ({@code GET /api/v1/platform/cluster}).
     */
    private void recordOnNode(String moduleId, int version, String error) {
        String node = ClusterNode.local().id();
        try {
            database.inTransaction(c -> {
                dryRuns.update(c, "DELETE FROM platform_schema_node WHERE module = ? AND node_id = ?", moduleId, node);
                dryRuns.update(c, "INSERT INTO platform_schema_node (module, node_id, version, error, at)"
                        + " VALUES (?, ?, ?, ?, ?)", moduleId, node, version,
                        error == null || error.length() <= 4000 ? error : error.substring(0, 4000), Instant.now());
                return null;
            });
        } catch (RuntimeException e) {
            dryRuns.drop(); // the copy may have the record the rolled-back transaction has not
            LOG.warn("Cannot record the migration result of {} on node {}: {}", moduleId, node, e.getMessage());
        }
    }

    /** The last migration result of every module on every node, by module and node. */
    public List<NodeMigration> nodeResults() {
        return database.read(c -> Sql.query(c,
                "SELECT node_id, module, version, error, at FROM platform_schema_node ORDER BY module, node_id",
                rs -> new NodeMigration(rs.getString("node_id"), rs.getString("module"), rs.getInt("version"),
                        rs.getString("error"), Sql.instant(rs, "at"))));
    }

    private void applyPending(String moduleId, List<SqlScript> scripts) {
        Map<Integer, Long> applied = database.inTransaction(c -> Sql.query(c,
                "SELECT version, checksum FROM platform_schema_history WHERE module = ?",
                rs -> Map.entry(rs.getInt(1), rs.getLong(2)), moduleId)).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<SqlScript> pending = new ArrayList<>();
        for (SqlScript script : scripts) {
            Long checksum = applied.get(script.version());
            if (checksum == null) {
                pending.add(script);
            } else if (checksum != script.checksum()) {
                throw new IllegalStateException(script.fileName() + ": changed after it was applied;"
                        + " add a new script instead");
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        boolean h2 = database.dialect() == Database.Dialect.H2;
        try {
            for (SqlScript script : pending) {
                H2DryRun dryRun = h2 ? dryRuns.take(moduleId, script) : null;
                database.inTransaction(c -> {
                    lockAcrossNodes(c);
                    if (Sql.count(c, "SELECT COUNT(*) FROM platform_schema_history WHERE module = ? AND version = ?",
                            moduleId, script.version()) > 0) {
                        dryRuns.drop(); // another node applied it meanwhile: the copy lacks it
                        return null;
                    }
                    if (dryRun != null) {
                        tryOnCopy(dryRun, moduleId, script);
                    }
                    apply(c, moduleId, script);
                    return null;
                });
            }
        } catch (RuntimeException e) {
            dryRuns.drop(); // the copy may hold part of a script the database does not, or the other way round
            throw e;
        } finally {
            if (h2) {
                dryRuns.release();
            }
        }
    }

    private static void tryOnCopy(H2DryRun dryRun, String moduleId, SqlScript script) {
        try {
            dryRun.run(script);
        } catch (SQLException e) {
            LOG.error("Migration {} {} failed on an in-memory copy of the H2 database; not applied", moduleId,
                    script.fileName());
            throw new IllegalStateException(script.fileName() + ": " + e.getMessage(), e);
        }
    }

    private void apply(Connection c, String moduleId, SqlScript script) throws SQLException {
        LOG.info("Applying migration {} {}", moduleId, script.fileName());
        DeferredH2Store deferred = database.dialect() == Database.Dialect.H2 ? DeferredH2Store.during(c) : null;
        try (Statement s = c.createStatement()) {
            for (String statement : script.statements()) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(script.fileName() + ": " + e.getMessage(), e);
        } finally {
            if (deferred != null) {
                deferred.close();
            }
        }
        dryRuns.update(c, "INSERT INTO platform_schema_history (module, version, description, checksum, applied_at)"
                + " VALUES (?, ?, ?, ?, ?)", moduleId, script.version(), script.description(), script.checksum(),
                Instant.now());
    }

    /** How many in-memory copies of the H2 database were made for dry runs so far (tests). */
    int dryRunCopiesMade() {
        return dryRuns.made();
    }

    @Override
    public List<ModuleSchema> schemas() {
        Map<String, Integer> versions = new TreeMap<>();
        database.inTransaction(c -> Sql.query(c,
                "SELECT module, MAX(version) FROM platform_schema_history GROUP BY module",
                rs -> versions.put(rs.getString(1), rs.getInt(2))));
        Map<String, String> failed = new TreeMap<>(failures);
        Set<String> modules = new TreeSet<>(versions.keySet());
        modules.addAll(failed.keySet());
        return modules.stream().map(m -> new ModuleSchema(m, versions.getOrDefault(m, 0), failed.get(m))).toList();
    }

    /** The driver of the H2 bundle (the DataSource's own driver), for the dry-run copy; no import of org.h2 needed. */
    private static Driver h2DriverOf(BundleContext context) {
        for (Bundle b : context.getBundles()) {
            if ("com.h2database".equals(b.getSymbolicName())) {
                try {
                    return (Driver) b.loadClass("org.h2.Driver").getConstructor().newInstance();
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot load the H2 driver", e);
                }
            }
        }
        throw new IllegalStateException("No H2 bundle installed");
    }

    @Override
    public int currentVersion(String moduleId) {
        return database.inTransaction(c -> (int) Sql.count(c,
                "SELECT COALESCE(MAX(version), 0) FROM platform_schema_history WHERE module = ?", moduleId));
    }
}
