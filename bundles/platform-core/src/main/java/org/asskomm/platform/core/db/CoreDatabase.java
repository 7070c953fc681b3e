package org.asskomm.platform.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    private final DataSource dataSource;
    private final Dialect dialect;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    /** The after-commit actions of the transaction bound to this thread; set exactly when {@link #current} is. */
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
    /** Writers on H2 one at a time (see H2WriterTurn); readers never wait for it. */
    private final H2WriterTurn writerTurn = new H2WriterTurn();

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

    /**
     * On H2, how many transactions have written so far. Inside a transaction that writes, the count its own end will
     * leave behind is this plus one, because nobody else writes meanwhile. On PostgreSQL always 0.
     */
    long h2Writers() {
        return writerTurn.writers();
    }

    /** A call made inside this thread's transaction joins it. */
    private <T> T joined(SqlWork<T> work) {
        try {
            return work.run(current.get());
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    @Override
    public <T> T inTransaction(SqlWork<T> work) {
        if (current.get() != null) {
            return joined(work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return runTopLevel(work).thenRunActions();
            } catch (SQLException e) {
                if (attempt < MAX_ATTEMPTS && retryable(e)) {
                    continue;
                }
                throw translate(e);
            }
        }
    }

    /**
     * Serialization failures and deadlocks; and PostgreSQL's "cached plan must not change result type": after another
     * node's migration added a column during a rolling upgrade (docs/plugin-guide.md, "Schema changes across a
     * rolling upgrade"), a {@code SELECT *} prepared before answers so once per connection, and the driver prepares it
     * anew on the next attempt.
     */
    private static boolean retryable(SQLException e) {
        return RETRYABLE_STATES.contains(e.getSQLState()) || ("0A000".equals(e.getSQLState())
                && String.valueOf(e.getMessage()).contains("cached plan must not change result type"));
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        if (current.get() != null) {
            return joined(work);
        }
        // a read-only transaction never takes the H2 writer turn
        for (int attempt = 1; ; attempt++) {
            try {
                return runInConnection(work, true, null).thenRunActions();
            } catch (SQLException e) {
                if (attempt < MAX_ATTEMPTS && retryable(e)) {
                    continue;
                }
                throw translate(e);
            }
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
            return runInConnection(work, false, null);
        }
        H2WriterTurn.Claim claim = writerTurn.claim();
        try {
            return runInConnection(work, false, claim);
        } finally {
            claim.release();
        }
    }

    private <T> Committed<T> runInConnection(SqlWork<T> work, boolean readOnly, H2WriterTurn.Claim claim)
            throws SQLException {
        List<Runnable> actions = new ArrayList<>();
        try (Connection real = dataSource.getConnection()) {
            Connection c = claim == null ? real : claim.guard(real);
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
            return ConflictException.of("problem.duplicateKey");
        }
        return new DatabaseException(e);
    }
}
