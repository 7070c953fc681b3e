package org.asskomm.platform.api.write;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/** The statements that create a record under the id the pipeline generated. */
@FunctionalInterface
public interface Insert {
    void insert(Connection connection, UUID id) throws SQLException;
}
