package org.asskomm.platform.core.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.asskomm.platform.api.admin.DesiredModule;
import org.asskomm.platform.api.admin.FeatureState;
import org.asskomm.platform.api.admin.FeatureStatus;
import org.asskomm.platform.api.admin.NodeModules;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.core.db.CoreDatabase;
import org.asskomm.platform.core.db.JdbcSchemaMigrations;
import org.asskomm.platform.core.db.MigrationScripts;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.Test;

public class ClusterModuleTableTest {

    private final Database database = h2();
    private final ClusterModuleTable table = new ClusterModuleTable(database);

    private static Database h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try {
            Database db = new CoreDatabase(ds);
            new JdbcSchemaMigrations(db).migrate("cluster", MigrationScripts.of("cluster", ModuleStore.class));
            return db;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void theFileSeedsAnEmptyDatabaseOnlyOnce() {
        assertEquals(0, table.revision());
        assertTrue(table.bootstrap(List.of("asskomm-agreements", "asskomm-training"), "file"));
        assertEquals(1, table.revision());
        table.change("asskomm-training", null, DesiredModule.ALL_NODES, false, "admin");
        // a second node (or a restarted one) with another file does not overwrite the shared state
        assertFalse(table.bootstrap(List.of("asskomm-funding", "asskomm-training"), "file"));
        Map<String, DesiredModule> desired = ClusterModuleTable.forGroup(table.desired(), "default");
        assertEquals(Set.of("asskomm-agreements", "asskomm-training"), desired.keySet());
        assertTrue(desired.get("asskomm-agreements").wanted());
        assertFalse(desired.get("asskomm-training").wanted());
        assertEquals(2, desired.get("asskomm-training").revision());
        assertEquals("admin", desired.get("asskomm-training").changedBy());
        assertEquals(2, table.revision());
    }

    @Test
    public void aGroupsOwnEntryWinsOverTheEntryForAllNodes() {
        table.bootstrap(List.of(), "file");
        assertEquals(2, table.change("asskomm-patrol", null, DesiredModule.ALL_NODES, true, "admin"));
        assertEquals(3, table.change("asskomm-patrol", "0.9.0", "police", false, "admin"));
        assertEquals(4, table.change("asskomm-patrol", "0.9.0", DesiredModule.ALL_NODES, true, "admin"));
        assertTrue(ClusterModuleTable.forGroup(table.desired(), "default").get("asskomm-patrol").wanted());
        assertEquals("0.9.0", ClusterModuleTable.forGroup(table.desired(), "default").get("asskomm-patrol").version());
        assertFalse(ClusterModuleTable.forGroup(table.desired(), "police").get("asskomm-patrol").wanted());
        assertEquals(2, table.desired().size());
    }

    @Test
    public void aRepositoryIsOfferedOnceAndIsAChangeOfTheDesiredState() {
        table.bootstrap(List.of(), "file");
        assertEquals(2, table.addRepository("file:/srv/releases/agreements-features.xml", "admin"));
        assertEquals("known already: no new revision", 2, table.addRepository("file:/srv/releases/agreements-features.xml", "admin"));
        assertEquals(3, table.addRepository("mvn:org.example/survey-features/1.0.0/xml/features", "admin"));
        assertEquals(List.of("file:/srv/releases/agreements-features.xml", "mvn:org.example/survey-features/1.0.0/xml/features"),
                table.repositories());
    }

    @Test
    public void nodesReportAndTheirOperationsAreKeptPerNode() {
        Instant now = Instant.now();
        table.report(new NodeModules("a", "default", false, true, 1, List.of(), List.of("install x"), now));
        table.report(new NodeModules("a", "default", true, true, 2, List.of("x/1.0.0", "y/2.0.0"), List.of(), now));
        table.report(new NodeModules("b", "police", true, true, 2, List.of(), List.of(), now.minusSeconds(60)));
        List<NodeModules> nodes = table.nodes();
        assertEquals(2, nodes.size());
        assertEquals(List.of("x/1.0.0", "y/2.0.0"), nodes.get(0).installed());
        assertTrue(nodes.get(0).converged());
        assertTrue(nodes.get(0).alive());
        assertEquals(List.of(), nodes.get(0).pending());
        assertFalse("no report for a minute", nodes.get(1).alive());

        table.recordOperation("a", new FeatureStatus("x", FeatureState.INSTALLING, null, now));
        table.recordOperation("a", new FeatureStatus("x", FeatureState.FAILED, "cannot resolve", now));
        table.recordOperation("b", new FeatureStatus("x", FeatureState.STARTED, null, now));
        assertEquals(2, table.operations().size());
        assertEquals(FeatureState.FAILED, table.operation("a", "x").orElseThrow().state());
        assertEquals("cannot resolve", table.operation("a", "x").orElseThrow().message());
        assertTrue(table.operation("c", "x").isEmpty());
    }
}
