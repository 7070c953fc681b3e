package org.asskomm.platform.api.write;

import java.sql.Connection;
import java.sql.SQLException;

/** The statements of a change to an existing record, given the record as it was (loaded in the same transaction). */
@FunctionalInterface
public interface Change<T> {
    void apply(Connection connection, T before) throws SQLException;
}
