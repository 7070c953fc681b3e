package org.asskomm.platform.core.db;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2 dry-run copy ({@link H2DryRun}), kept from one migration to the next while nothing else writes to the
 * database. At boot the modules of one Karaf transaction migrate one after another, and a fresh copy of the whole
 * database for each cost as much as applying their scripts. The copy stays exact: it is reused only when the count
 * of writing transactions is the one the runner's own last write left behind, and the runner's writes (scripts,
 * history, node records) are made on the copy as well. It is dropped after any failure, when the database changed,
 * and after {@value #IDLE_SECONDS} idle seconds.
 */
final class DryRunCopies {

    private static final Logger LOG = LoggerFactory.getLogger(DryRunCopies.class);
    static final int IDLE_SECONDS = 10;

    private final Database database;
    /** Writing transactions so far ({@link CoreDatabase#h2Writers}); null: another Database, never reuse. */
    private final LongSupplier writers;
    private final Supplier<Driver> h2Driver;
    private H2DryRun copy;
    /** The count of writing transactions the copy is exact for. */
    private long exactAt;
    private long uses;
    private boolean inUse;
    private int made;

    DryRunCopies(Database database, Supplier<Driver> h2Driver) {
        this.database = database;
        this.writers = database instanceof CoreDatabase core ? core::h2Writers : null;
        this.h2Driver = h2Driver;
    }

    /** The copy to try the script on, the kept one when it is exact; hand it back with {@link #release}. */
    synchronized H2DryRun take(String moduleId, SqlScript script) {
        inUse = true;
        uses++;
        if (copy != null && writers != null && writers.getAsLong() == exactAt) {
            LOG.debug("Trying migration {} {} on the kept copy of the H2 database", moduleId, script.fileName());
            return copy;
        }
        drop();
        long start = System.nanoTime();
        copy = database.inTransaction(c -> {
            JdbcSchemaMigrations.lockAcrossNodes(c); // holds the writer turn: nothing writes while the copy is made
            H2DryRun fresh = H2DryRun.copyOf(c, h2Driver.get());
            exactAt = writersAfterThis();
            return fresh;
        });
        made++;
        LOG.info("Copied the H2 database in {} ms to try migration {} {} first",
                (System.nanoTime() - start) / 1_000_000, moduleId, script.fileName());
        return copy;
    }

    /**
     * A write of the migration runner in {@code c}, whose transaction holds the writer turn: made on the copy too,
     * so that the copy stays exact. A rolled-back transaction counts as a write as well, so the caller drops the copy
     * when its transaction fails.
     */
    synchronized void update(Connection c, String sql, Object... params) throws SQLException {
        Sql.update(c, sql, params);
        if (copy != null) {
            try {
                copy.update(sql, params);
                exactAt = writersAfterThis();
            } catch (SQLException e) {
                drop();
            }
        }
    }

    /** The end of a migration: the copy is dropped unless another migration takes it within the idle time. */
    synchronized void release() {
        inUse = false;
        long use = uses;
        CompletableFuture.delayedExecutor(IDLE_SECONDS, TimeUnit.SECONDS).execute(() -> dropIfIdle(use));
    }

    private synchronized void dropIfIdle(long use) {
        if (!inUse && uses == use) {
            drop();
        }
    }

    /** The copy may differ from the database (a script failed on one of them) or is not needed any longer. */
    synchronized void drop() {
        if (copy != null) {
            try {
                copy.close();
            } catch (SQLException e) {
                LOG.warn("Could not drop the in-memory copy of the H2 database: {}", e.getMessage());
            }
            copy = null;
        }
    }

    /** How many copies were made so far (tests). */
    synchronized int made() {
        return made;
    }

    /** Inside a transaction that holds the turn: the count its end leaves behind. */
    private long writersAfterThis() {
        return writers == null ? -1 : writers.getAsLong() + 1;
    }
}
