package org.asskomm.platform.api.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The platform's shared database (H2 embedded by default, PostgreSQL by configuration).
 * Invariants such as budgets and capacities are enforced in its transactions, never in JVM memory,
 * so that several Karaf nodes can share one database.
 */
@ProviderType
public interface Database {

    /**
     * Runs {@code work} in a transaction: commit when it returns, rollback when it throws.
     * A call made while this thread is already inside a transaction joins it.
     */
    <T> T inTransaction(SqlWork<T> work);

    /**
     * Runs {@code work}, which only reads, in a read-only transaction of its own: it sees committed data only and,
     * unlike {@link #inTransaction}, never waits for the one-writer-at-a-time turn the platform keeps on H2. A call
     * made inside a transaction joins it.
     */
    default <T> T read(SqlWork<T> work) {
        return inTransaction(work);
    }

    /**
     * Runs {@code action} once the transaction this thread is in has committed: the outermost one when calls are
     * nested, so that nothing announces a change that a later failure rolls back. Dropped on rollback. Outside a
     * transaction it runs at once. For effects outside the database, such as posting an event.
     *
     * @since 1.3
     */
    void afterCommit(Runnable action);

    /** The product behind the DataSource, for the few statements that differ. */
    Dialect dialect();

    enum Dialect {
        H2, POSTGRESQL
    }
}
