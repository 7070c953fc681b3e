package org.asskomm.platform.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.asskomm.platform.api.persistence.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One migration script's writes to the H2 file, made once at its end. H2 commits every DDL statement, and with the
 * distribution's {@code WRITE_DELAY=0} every commit writes a chunk to the file: about half of what applying the
 * modules' scripts cost at boot. A script runs in a transaction that holds the H2 writer turn, so no other write is
 * acknowledged while the delay is raised; the last commit, with the delay back, writes the file. A kill -9 in
 * between leaves the file as it was before the script, with the script not recorded as applied.
 */
final class DeferredH2Store implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeferredH2Store.class);
    /** Long enough for any script; H2's background writer stores anyway once a change is this old. */
    private static final int DEFERRED_MILLIS = 60_000;

    private final Connection connection;
    private final int previous;

    private DeferredH2Store(Connection connection, int previous) {
        this.connection = connection;
        this.previous = previous;
    }

    /**
     * Raises the write delay on {@code c}, whose transaction must already hold the writer turn; null when the user
     * may not (H2 wants admin rights) or the delay is long already: the script then runs as before.
     */
    static DeferredH2Store during(Connection c) {
        try {
            List<String> delay = Sql.query(c, "SELECT setting_value FROM information_schema.settings"
                    + " WHERE setting_name = 'WRITE_DELAY'", rs -> rs.getString(1));
            int previous = delay.isEmpty() ? DEFERRED_MILLIS : Integer.parseInt(delay.get(0));
            if (previous >= DEFERRED_MILLIS) {
                return null;
            }
            set(c, DEFERRED_MILLIS);
            return new DeferredH2Store(c, previous);
        } catch (SQLException | NumberFormatException e) {
            LOG.debug("Migration writes the H2 file after every statement: {}", e.getMessage());
            return null;
        }
    }

    @Override
    public void close() {
        try {
            set(connection, previous);
        } catch (SQLException e) {
            // the next connection the pool opens sets the URL's WRITE_DELAY again, so does every restart
            LOG.error("Could not set H2's WRITE_DELAY back to {} ms after a migration: {}", previous, e.getMessage());
        }
    }

    private static void set(Connection c, int millis) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY " + millis);
        }
    }
}
