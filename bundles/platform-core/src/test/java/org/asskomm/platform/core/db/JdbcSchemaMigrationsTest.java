package org.asskomm.platform.core.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.UUID;

import org.asskomm.platform.api.admin.NodeMigration;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.core.store.ClusterNode;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class JdbcSchemaMigrationsTest {

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final Database database = h2();
    private final JdbcSchemaMigrations migrations = new JdbcSchemaMigrations(database);

    private static Database h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        try {
            return new CoreDatabase(ds);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void appliesEveryScriptInOrderAndKeepsTheData() {
        ModuleSchema schema = migrations.migrate("upgraded", MigrationScripts.of("upgraded", JdbcSchemaMigrationsTest.class));
        assertEquals(2, schema.version());
        assertEquals(List.of("first:lpr", "second:lpr"), database.inTransaction(c -> Sql.query(c,
                "SELECT text, author FROM upgraded_note ORDER BY id", rs -> rs.getString(1) + ":" + rs.getString(2))));
        assertEquals(List.of(new ModuleSchema("upgraded", 2, null)), migrations.schemas());
        NodeMigration result = migrations.nodeResults().get(0);
        assertEquals(2, result.version());
        assertEquals(null, result.error());
    }

    @Test
    public void aFailingScriptLeavesTheOldSchemaAndDataOnH2AndSaysWhy() {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> migrations.migrate("broken", MigrationScripts.of("broken", JdbcSchemaMigrationsTest.class)));

        assertTrue(failure.getMessage(), failure.getMessage().startsWith("V2__add_author_badly.sql: "));
        assertTrue(failure.getMessage(), failure.getMessage().contains("no_such_column"));
        // V1 stays, V2's first statement (a DDL that H2 would have committed) was never run on the real database
        assertEquals(1, migrations.currentVersion("broken"));
        assertEquals(0L, (long) database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM information_schema.columns"
                + " WHERE table_name = 'broken_note' AND column_name = 'author'")));
        assertEquals(2L, (long) database.inTransaction(c -> Sql.count(c, "SELECT COUNT(*) FROM broken_note")));
        ModuleSchema schema = migrations.schemas().get(0);
        assertEquals("broken", schema.moduleId());
        assertEquals(1, schema.version());
        assertTrue(schema.failed());
        assertEquals(failure.getMessage(), schema.error());
        // kept in the database for every node to see, with the node it happened on
        NodeMigration result = migrations.nodeResults().get(0);
        assertEquals(ClusterNode.local().id(), result.node());
        assertEquals("broken", result.moduleId());
        assertEquals(1, result.version());
        assertEquals(failure.getMessage(), result.error());
    }

    @Test
    public void theCopyParsesSqlAsTheDatabaseDoes() throws java.sql.SQLException {
        String settings = database.inTransaction(H2DryRun::sqlSettings);
        assertTrue(settings, settings.contains(";MODE=PostgreSQL") && settings.contains(";DATABASE_TO_LOWER=true"));
    }

    @Test
    public void modulesMigratedOneAfterAnotherShareOneCopyWhileNothingElseWrites() {
        migrations.migrate("upgraded", MigrationScripts.of("upgraded", JdbcSchemaMigrationsTest.class));
        SqlScript create = new SqlScript(1, "create tags", "CREATE TABLE tags_tag (name VARCHAR(20));");
        migrations.migrate("tags", List.of(create));
        assertEquals(1, migrations.dryRunCopiesMade());

        database.inTransaction(c -> Sql.update(c, "INSERT INTO tags_tag (name) VALUES ('a')"));
        migrations.migrate("tags", List.of(create,
                new SqlScript(2, "unique tags", "CREATE UNIQUE INDEX tags_tag_name ON tags_tag (name);")));
        assertEquals("a write of someone else makes the kept copy stale", 2, migrations.dryRunCopiesMade());
    }

    @Test
    public void aKeptCopyNeverHidesDataWrittenSinceAndTheFailingScriptStaysOffTheDatabase() {
        SqlScript create = new SqlScript(1, "create tags", "CREATE TABLE tags_tag (name VARCHAR(20));");
        migrations.migrate("tags", List.of(create));
        database.inTransaction(c -> Sql.update(c, "INSERT INTO tags_tag (name) VALUES ('a'), ('a')"));

        // on a copy from before the duplicates the index would pass, then fail on the database after the column
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> migrations.migrate("tags",
                List.of(create, new SqlScript(2, "unique tags", "ALTER TABLE tags_tag ADD COLUMN note VARCHAR(20);\n"
                        + "CREATE UNIQUE INDEX tags_tag_name ON tags_tag (name);"))));

        assertTrue(failure.getMessage(), failure.getMessage().startsWith("V2__unique_tags.sql: "));
        assertEquals(1, migrations.currentVersion("tags"));
        assertEquals(0L, (long) database.inTransaction(c -> Sql.count(c,
                "SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'tags_tag' AND column_name = 'note'")));
    }

    @Test
    public void aScriptWritesTheH2FileOnceAtItsEndAndTheDelayIsBackAfterwards() throws java.io.IOException {
        // a file database, as the distribution's (an in-memory one has no file to write and ignores the delay)
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + folder.newFolder().toPath().resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0");
        Database file;
        try {
            file = new CoreDatabase(ds);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        try (java.sql.Connection keepsTheDatabaseOpen = ds.getConnection()) {
            new JdbcSchemaMigrations(file).migrate("delay", List.of(new SqlScript(1, "remember delay", "CREATE TABLE"
                    + " delay_seen AS SELECT setting_value AS delay FROM information_schema.settings"
                    + " WHERE setting_name = 'WRITE_DELAY';")));
            assertEquals("60000", file.inTransaction(c -> Sql.query(c, "SELECT delay FROM delay_seen",
                    rs -> rs.getString(1))).get(0));
            assertEquals("0", writeDelay(file));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String writeDelay(Database database) {
        return database.inTransaction(c -> Sql.query(c, "SELECT setting_value FROM information_schema.settings"
                + " WHERE setting_name = 'WRITE_DELAY'", rs -> rs.getString(1))).get(0);
    }
}
