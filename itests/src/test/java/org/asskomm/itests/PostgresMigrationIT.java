package org.asskomm.itests;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * A module bundle whose migration creates PostgreSQL functions in dollar quotes ({@code $$} and {@code $tag$} bodies
 * with semicolons, comments and quotes inside) and a trigger: the extender applies it as written. PostgreSQL only
 * (plpgsql): {@code .ci/run} names it in its PostgreSQL pass; the H2 pass of the itests pom excludes it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PostgresMigrationIT extends AsskommTestSupport {

    private static final String MODULE = "pgdemo";
    private static final String SCRIPT = """
            -- a table; a plpgsql function whose body holds semicolons; a trigger that uses it
            CREATE TABLE pgdemo_note (id INTEGER PRIMARY KEY, text VARCHAR(100) NOT NULL, words INTEGER);

            CREATE FUNCTION pgdemo_count_words() RETURNS trigger AS $$
            BEGIN
              -- a comment in the body; it stays the function's text
              IF trim(NEW.text) = '' THEN
                NEW.words := 0;
              ELSE
                NEW.words := array_length(regexp_split_to_array(trim(NEW.text), ' +'), 1);
              END IF;
              RETURN NEW;
            END;
            $$ LANGUAGE plpgsql;

            CREATE TRIGGER pgdemo_words BEFORE INSERT OR UPDATE ON pgdemo_note
              FOR EACH ROW EXECUTE FUNCTION pgdemo_count_words();

            /* a tagged body that itself holds $$; and a quoted ';' */
            CREATE FUNCTION pgdemo_label(n INTEGER) RETURNS text AS $label$
              SELECT 'note; #' || n || ' $$';
            $label$ LANGUAGE sql;

            INSERT INTO pgdemo_note (id, text) VALUES (1, 'it''s one; two three');
            """;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Test
    public void aMigrationWithPlpgsqlFunctionsApplies() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        assertEquals("PostgresMigrationIT needs -Dasskomm.itest.postgres=jdbc:postgresql://host:port/ (see .ci/run)",
                "POSTGRESQL", System.getProperty("asskomm.itest.database"));

        Bundle module = bundleContext.installBundle("memory:pgdemo", new ByteArrayInputStream(moduleJar()));
        module.start();

        ServiceReference<?> schema = awaitSchema();
        assertEquals(1, schema.getProperty("asskomm.schema.version"));
        assertEquals("4", query("SELECT words FROM pgdemo_note WHERE id = 1"));
        assertEquals("it's one; two three", query("SELECT text FROM pgdemo_note WHERE id = 1"));
        assertEquals("note; #7 $$", query("SELECT pgdemo_label(7)"));
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO pgdemo_note (id, text) VALUES (2, 'the trigger counts')");
        }
        assertEquals("3", query("SELECT words FROM pgdemo_note WHERE id = 2"));
        assertEquals("1", query("SELECT MAX(version) FROM platform_schema_history WHERE module = 'pgdemo'"));
    }

    /** A plain bundle (no code) carrying nothing but the migration. */
    private static byte[] moduleJar() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(new Attributes.Name("Bundle-ManifestVersion"), "2");
        main.put(new Attributes.Name("Bundle-SymbolicName"), "org.asskomm.itests.pgdemo");
        main.put(new Attributes.Name("Bundle-Version"), "1.0.0");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("db/" + MODULE + "/V1__functions_and_trigger.sql"));
            jar.write(SCRIPT.getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return out.toByteArray();
    }

    private ServiceReference<?> awaitSchema() throws InterruptedException, InvalidSyntaxException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            ServiceReference<?>[] refs = bundleContext.getAllServiceReferences(
                    "org.asskomm.platform.api.persistence.ModuleSchema", "(asskomm.module=" + MODULE + ")");
            if (refs != null) {
                return refs[0];
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no schema service for " + MODULE + ": the migration failed; see karaf.log");
    }

    private String query(String sql) throws SQLException, InvalidSyntaxException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private DataSource dataSource() throws InvalidSyntaxException {
        ServiceReference<DataSource> ref = bundleContext.getServiceReferences(DataSource.class,
                "(dataSourceName=asskomm)").iterator().next();
        return bundleContext.getService(ref);
    }
}
