package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.asskomm.platform.api.persistence.Sql;

/** The officers named by an incident or an order, in the order the client gave them. */
final class OfficerLinks {

    private OfficerLinks() {
    }

    static void insert(Connection c, String table, String column, String id, List<String> officerIds)
            throws SQLException {
        for (int i = 0; i < officerIds.size(); i++) {
            Sql.update(c, "INSERT INTO " + table + " (" + column + ", seq, officer_id) VALUES (?, ?, ?)", id, i,
                    officerIds.get(i));
        }
    }

    static List<String> load(Connection c, String table, String column, String id) throws SQLException {
        return Sql.query(c, "SELECT officer_id FROM " + table + " WHERE " + column + " = ? ORDER BY seq",
                rs -> rs.getString(1), id);
    }
}
