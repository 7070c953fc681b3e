package org.asskomm.platform.core.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.asskomm.platform.api.admin.DesiredModule;
import org.asskomm.platform.api.admin.FeatureState;
import org.asskomm.platform.api.admin.FeatureStatus;
import org.asskomm.platform.api.admin.NodeModules;
import org.asskomm.platform.api.admin.NodeOperation;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.core.db.JdbcSchemaMigrations;

/**
 * The cluster's module state in the shared database ({@code db/cluster}): the desired state with its revision,
 * the nodes' reports and their last store operations.
 */
final class ClusterModuleTable {

    /** A node that has not reported for this long counts as gone. */
    static final Duration ALIVE = Duration.ofSeconds(30);
    private static final String DESIRED_COLUMNS = "feature, version, node_group, wanted, revision, changed_at, changed_by";

    private final Database database;

    ClusterModuleTable(Database database) {
        this.database = database;
    }

    /**
     * Seeds the desired state from this node's {@code etc/org.asskomm.modules.cfg} when the database holds none yet
     * (a new cluster, or the first start after the upgrade that brought the shared state); else leaves it.
     *
     * @return true when the database was seeded
     */
    boolean bootstrap(Collection<String> features, String by) {
        return database.inTransaction(c -> {
            JdbcSchemaMigrations.lockAcrossNodes(c); // several nodes booting on an empty database seed it once
            if (Sql.count(c, "SELECT COUNT(*) FROM platform_cluster_revision") > 0) {
                return false;
            }
            Sql.update(c, "INSERT INTO platform_cluster_revision (id, revision) VALUES (1, 1)");
            for (String feature : features) {
                insert(c, feature, null, DesiredModule.ALL_NODES, true, 1, by);
            }
            return true;
        });
    }

    /** The current revision of the desired state, 0 before it was seeded. */
    long revision() {
        return database.read(c -> revision(c));
    }

    private static long revision(Connection c) throws SQLException {
        return Sql.queryOne(c, "SELECT revision FROM platform_cluster_revision WHERE id = 1", rs -> rs.getLong(1))
                .orElse(0L);
    }

    /** Records a change of the desired state and returns the new revision. */
    long change(String feature, String version, String group, boolean wanted, String by) {
        return database.inTransaction(c -> {
            // the revision row is the lock: concurrent changes on several nodes get consecutive revisions
            long next = Sql.update(c, "UPDATE platform_cluster_revision SET revision = revision + 1 WHERE id = 1") == 0
                    ? insertRevision(c) : revision(c);
            Sql.update(c, "DELETE FROM platform_cluster_module WHERE feature = ? AND node_group = ?", feature, group);
            insert(c, feature, version, group, wanted, next, by);
            return next;
        });
    }

    /**
     * Remembers a features repository for every node (a new revision, so that the others add it too) and returns
     * the new revision; a repository known already changes nothing.
     */
    long addRepository(String uri, String by) {
        return database.inTransaction(c -> {
            if (Sql.count(c, "SELECT COUNT(*) FROM platform_cluster_repository WHERE uri = ?", uri) > 0) {
                return revision(c);
            }
            Sql.update(c, "INSERT INTO platform_cluster_repository (uri, added_at, added_by) VALUES (?, ?, ?)",
                    uri, Instant.now(), by);
            return Sql.update(c, "UPDATE platform_cluster_revision SET revision = revision + 1 WHERE id = 1") == 0
                    ? insertRevision(c) : revision(c);
        });
    }

    /** The features repositories every node offers, in the order they were added. */
    List<String> repositories() {
        return database.read(c -> Sql.query(c, "SELECT uri FROM platform_cluster_repository ORDER BY added_at, uri",
                rs -> rs.getString(1)));
    }

    private static long insertRevision(Connection c) throws SQLException {
        Sql.update(c, "INSERT INTO platform_cluster_revision (id, revision) VALUES (1, 1)");
        return 1;
    }

    private static void insert(Connection c, String feature, String version, String group, boolean wanted, long revision,
                               String by) throws SQLException {
        Sql.update(c, "INSERT INTO platform_cluster_module (" + DESIRED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)",
                feature, version, group, wanted, revision, Instant.now(), by);
    }

    /** Every entry of the desired state, by feature and group. */
    List<DesiredModule> desired() {
        return database.read(c -> Sql.query(c, "SELECT " + DESIRED_COLUMNS
                + " FROM platform_cluster_module ORDER BY feature, node_group", rs -> new DesiredModule(
                rs.getString("feature"), rs.getString("version"), rs.getString("node_group"), rs.getBoolean("wanted"),
                rs.getLong("revision"), Sql.instant(rs, "changed_at"), rs.getString("changed_by"))));
    }

    /** The desired state for a node of the group: its group's entry where there is one, else the all-nodes entry. */
    static Map<String, DesiredModule> forGroup(List<DesiredModule> desired, String group) {
        Map<String, DesiredModule> result = new LinkedHashMap<>();
        for (DesiredModule d : desired) {
            if (d.group().equals(DesiredModule.ALL_NODES)) {
                result.putIfAbsent(d.feature(), d);
            }
        }
        for (DesiredModule d : desired) {
            if (d.group().equals(group)) {
                result.put(d.feature(), d);
            }
        }
        return result;
    }

    void recordOperation(String node, FeatureStatus status) {
        String message = status.message() == null || status.message().length() <= 4000 ? status.message()
                : status.message().substring(0, 4000);
        database.inTransaction(c -> {
            if (Sql.update(c, "UPDATE platform_cluster_operation SET state = ?, message = ?, at = ?"
                    + " WHERE feature = ? AND node_id = ?", status.state(), message, status.at(), status.name(), node) == 0) {
                Sql.update(c, "INSERT INTO platform_cluster_operation (feature, node_id, state, message, at)"
                        + " VALUES (?, ?, ?, ?, ?)", status.name(), node, status.state(), message, status.at());
            }
            return null;
        });
    }

    List<NodeOperation> operations() {
        return database.read(c -> Sql.query(c, "SELECT feature, node_id, state, message, at"
                + " FROM platform_cluster_operation ORDER BY feature, node_id", rs -> new NodeOperation(
                rs.getString("node_id"), new FeatureStatus(rs.getString("feature"),
                Sql.enumValue(rs, "state", FeatureState.class), rs.getString("message"), Sql.instant(rs, "at")))));
    }

    Optional<FeatureStatus> operation(String node, String feature) {
        return operations().stream().filter(o -> o.node().equals(node) && o.status().name().equals(feature))
                .map(NodeOperation::status).findFirst();
    }

    void report(NodeModules report) {
        database.inTransaction(c -> {
            Object[] values = {report.group(), report.appliedRevision(), report.converged(),
                    String.join(",", report.installed()), String.join(",", report.pending()), report.reportedAt(),
                    report.node()};
            if (Sql.update(c, "UPDATE platform_cluster_node SET node_group = ?, applied_revision = ?, converged = ?,"
                    + " installed = ?, pending = ?, reported_at = ? WHERE node_id = ?", values) == 0) {
                Sql.update(c, "INSERT INTO platform_cluster_node (node_group, applied_revision, converged, installed,"
                        + " pending, reported_at, node_id) VALUES (?, ?, ?, ?, ?, ?, ?)", values);
            }
            return null;
        });
    }

    List<NodeModules> nodes() {
        Instant now = Instant.now();
        return database.read(c -> Sql.query(c, "SELECT node_id, node_group, applied_revision, converged, installed,"
                + " pending, reported_at FROM platform_cluster_node ORDER BY node_id", rs -> {
            Instant at = Sql.instant(rs, "reported_at");
            return new NodeModules(rs.getString("node_id"), rs.getString("node_group"), rs.getBoolean("converged"),
                    at.isAfter(now.minus(ALIVE)), rs.getLong("applied_revision"), split(rs.getString("installed")),
                    split(rs.getString("pending")), at);
        }));
    }

    private static List<String> split(String value) {
        return value.isEmpty() ? List.of() : List.copyOf(Arrays.asList(value.split(",")));
    }
}
