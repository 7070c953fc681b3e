package org.asskomm.platform.core.db;

import java.sql.SQLException;

/** A database failure that is not the client's fault (answered with 500, logged with its cause). */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(SQLException cause) {
        super("Database error " + cause.getSQLState() + ": " + cause.getMessage(), cause);
    }
}
