package org.asskomm.platform.core.db;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import org.asskomm.platform.api.persistence.Sql;

/**
 * H2 commits every DDL statement implicitly, so a script that fails halfway would leave a half-applied schema.
 * Before the real run, pending scripts are tried on an in-memory copy of the whole database (schema and data,
 * copied with H2's {@code SCRIPT}); a script that fails there is never run on the real database. See
 * docs/decisions/0002-migrations.md for the limits.
 */
final class H2DryRun implements AutoCloseable {

    /** Settings that change how SQL is parsed or behaves; the copy must parse the scripts as the database does. */
    private static final List<String> SQL_SETTINGS = List.of("MODE", "DATABASE_TO_LOWER", "DATABASE_TO_UPPER",
            "CASE_INSENSITIVE_IDENTIFIERS", "DEFAULT_NULL_ORDERING");

    private final Connection copy;

    private H2DryRun(Connection copy) {
        this.copy = copy;
    }

    /** Copies the database behind {@code source} (read in the caller's transaction) into a private in-memory one. */
    static H2DryRun copyOf(Connection source, Driver h2) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", "sa");
        login.setProperty("password", "");
        String url = "jdbc:h2:mem:asskomm-dry-run-" + UUID.randomUUID() + sqlSettings(source);
        Connection copy = h2.connect(url, login);
        try (Statement read = source.createStatement();
             ResultSet script = read.executeQuery("SCRIPT");
             Statement write = copy.createStatement()) {
            while (script.next()) {
                write.execute(script.getString(1));
            }
        } catch (SQLException | RuntimeException e) {
            copy.close();
            throw e;
        }
        return new H2DryRun(copy);
    }

    /** Runs the script on the copy; the copy keeps its changes so that the next pending script sees them. */
    void run(SqlScript script) throws SQLException {
        try (Statement s = copy.createStatement()) {
            for (String statement : script.statements()) {
                s.execute(statement);
            }
        }
    }

    /** A single statement with parameters on the copy (the migration runner's own bookkeeping). */
    void update(String sql, Object... params) throws SQLException {
        Sql.update(copy, sql, params);
    }

    /** The source's SQL settings as URL settings ({@code ;MODE=PostgreSQL;...}); the URL itself does not show them. */
    static String sqlSettings(Connection source) throws SQLException {
        StringBuilder url = new StringBuilder();
        try (Statement s = source.createStatement();
             ResultSet rs = s.executeQuery("SELECT setting_name, setting_value FROM information_schema.settings")) {
            while (rs.next()) {
                String name = rs.getString(1).toUpperCase(Locale.ROOT);
                if (SQL_SETTINGS.contains(name) && rs.getString(2) != null) {
                    url.append(';').append(name).append('=').append(rs.getString(2));
                }
            }
        }
        return url.toString();
    }

    @Override
    public void close() throws SQLException {
        copy.close(); // the last connection to a private in-memory database drops it
    }
}
