package org.asskomm.platform.api.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of JDBC work inside a transaction. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
