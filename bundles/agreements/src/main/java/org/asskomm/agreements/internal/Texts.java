package org.asskomm.agreements.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.asskomm.platform.api.persistence.Sql;

/** Ordered text lists (goals, measures, topics, ...) of any record, in {@code agreements_text}. */
final class Texts {

    private Texts() {
    }

    static void replace(Connection c, Object ownerId, String kind, List<String> texts) throws SQLException {
        Sql.update(c, "DELETE FROM agreements_text WHERE owner_id = ? AND kind = ?", ownerId, kind);
        if (texts == null) {
            return;
        }
        for (int i = 0; i < texts.size(); i++) {
            Sql.update(c, "INSERT INTO agreements_text (owner_id, kind, position, text) VALUES (?, ?, ?, ?)",
                    ownerId, kind, i, texts.get(i).trim());
        }
    }

    static List<String> load(Connection c, Object ownerId, String kind) throws SQLException {
        return Sql.query(c, "SELECT text FROM agreements_text WHERE owner_id = ? AND kind = ? ORDER BY position",
                rs -> rs.getString(1), ownerId, kind);
    }
}
