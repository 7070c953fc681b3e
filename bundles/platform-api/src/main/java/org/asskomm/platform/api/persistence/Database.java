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

    /** The product behind the DataSource, for the few statements that differ. */
    Dialect dialect();

    enum Dialect {
        H2, POSTGRESQL
    }
}
