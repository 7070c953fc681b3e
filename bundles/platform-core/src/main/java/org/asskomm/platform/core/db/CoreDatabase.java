package org.asskomm.platform.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.SqlWork;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions over the DataSource that pax-jdbc-config publishes from
 * {@code etc/org.ops4j.datasource-asskomm.cfg}. The connection is bound to the thread so that
 * nested calls (a module's write and its audit entry) share one transaction.
 */
@Component(service = Database.class)
public class CoreDatabase implements Database {

    private static final Logger LOG = LoggerFactory.getLogger(CoreDatabase.class);

    /** Deadlock and serialization failures are safe to retry: the whole unit of work runs again. */
    private static final Set<String> RETRYABLE_STATES = Set.of("40001", "40P01");
    private static final int MAX_ATTEMPTS = 5;
    /** How long a transaction waits for its turn on H2 before it fails (a guard, not a timing in normal use). */
    private static final long H2_TURN_SECONDS = 30;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** The after-commit actions of the transaction bound to this thread; set exactly when {@link #current} is. */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    /**
     * On H2 one transaction at a time. H2 2.5 (MVStore) can persist part of a transaction that was open
     * while another one committed: after kill -9 an agreement came back with its parties but without their
     * signatories (CrashSafetyIT; a stand-alone test with 6 concurrent writers tore 3 of 10 runs, with the
     * transactions serialised 0 of 10). PostgreSQL needs no such turn. See docs/operations.md, "Crash safety".
     */
    private final ReentrantLock h2Turn = new ReentrantLock(true);

    @Activate
    public CoreDatabase(@Reference(target = "(dataSourceName=asskomm)") DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            this.dialect = product.contains("postgres") ? Dialect.POSTGRESQL : Dialect.H2;
        }
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runTopLevel(work).thenRunActions();
            } catch (SQLException e) {
                if (attempt < MAX_ATTEMPTS && RETRYABLE_STATES.contains(e.getSQLState())) {
                    continue;
                }
                throw translate(e);
            }
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw translate(e);
            }
        }
        // no H2 turn: the turn keeps writers apart (see h2Turn); a read-only transaction writes nothing
        try {
            return runInConnection(work, true).thenRunActions();
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    /** A committed result and the actions that waited for the commit; a failed attempt never gets this far. */
    private record Committed<T>(T result, List<Runnable> actions) {

        /** Runs outside the connection and the H2 turn, so an action may start a transaction of its own. */
        T thenRunActions() {
            for (Runnable action : actions) {
                try {
                    action.run();
                } catch (RuntimeException e) {
                    // the change is committed: the caller must not see it as failed because a listener was gone
                    LOG.warn("An after-commit action failed; the transaction stays committed", e);
                }
            }
            return result;
        }
    }

    private <T> Committed<T> runTopLevel(SqlWork<T> work) throws SQLException {
        if (dialect != Dialect.H2) {
            return runInConnection(work, false);
        }
        try {
            if (!h2Turn.tryLock(H2_TURN_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("No turn on the H2 database within " + H2_TURN_SECONDS + " s", "57014");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("Interrupted while waiting for the H2 database", "57014", e);
        }
        try {
            return runInConnection(work, false);
        } finally {
            h2Turn.unlock();
        }
    }

    private <T> Committed<T> runInConnection(SqlWork<T> work, boolean readOnly) throws SQLException {
        List<Runnable> actions = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            if (readOnly) {
                c.setReadOnly(true);
            }
            current.set(c);
            afterCommit.set(actions);
            try {
                T result = work.run(c);
                c.commit();
                return new Committed<>(result, actions);
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                current.remove();
                afterCommit.remove();
                if (readOnly) {
                    c.setReadOnly(false);
                }
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private static void rollbackQuietly(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** A unique-key violation is a conflict the client caused; anything else is the server's problem. */
    static RuntimeException translate(SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            return new ConflictException("A record with the same key already exists.");
        }
        return new DatabaseException(e);
    }
}
