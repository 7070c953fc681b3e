package org.asskomm.platform.api.write;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * Loads one record inside the pipeline's transaction; empty when there is none (404). A loader that must keep
 * concurrent writers out takes the row lock here ({@code SELECT ... FOR UPDATE}), before the checks run.
 */
@FunctionalInterface
public interface Loader<T> {
    Optional<T> load(Connection connection, UUID id) throws SQLException;
}
