package org.asskomm.funding.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.asskomm.funding.api.KnownConsultation;
import org.asskomm.platform.api.persistence.Sql;

/** SQL of the LPR consultations the agreements module reported: a copy kept for applicants and reviewers. */
final class KnownConsultationStore {

    private KnownConsultationStore() {
    }

    /** @return false when the consultation was known already (events may come twice) */
    static boolean insert(Connection c, KnownConsultation k) throws SQLException {
        if (Sql.count(c, "SELECT COUNT(*) FROM funding_known_consultation WHERE id = ?", k.id()) > 0) {
            return false;
        }
        Sql.update(c, "INSERT INTO funding_known_consultation (id, municipality, consultation_date, received_at) "
                + "VALUES (?, ?, ?, ?)", k.id(), k.municipality(), k.date(), k.receivedAt());
        for (int i = 0; i < k.topics().size(); i++) {
            Sql.update(c, "INSERT INTO funding_known_consultation_topic (consultation_id, position, topic) "
                    + "VALUES (?, ?, ?)", k.id(), i, k.topics().get(i));
        }
        return true;
    }

    static List<KnownConsultation> of(Connection c, String municipality) throws SQLException {
        List<KnownConsultation> bare = Sql.query(c, "SELECT * FROM funding_known_consultation WHERE municipality = ? "
                        + "ORDER BY consultation_date DESC, id",
                rs -> new KnownConsultation(rs.getString("id"), rs.getString("municipality"),
                        Sql.date(rs, "consultation_date"), List.of(), Sql.instant(rs, "received_at")), municipality);
        List<KnownConsultation> result = new ArrayList<>();
        for (KnownConsultation k : bare) {
            List<String> topics = Sql.query(c, "SELECT topic FROM funding_known_consultation_topic "
                    + "WHERE consultation_id = ? ORDER BY position", rs -> rs.getString(1), k.id());
            result.add(new KnownConsultation(k.id(), k.municipality(), k.date(), topics, k.receivedAt()));
        }
        return result;
    }
}
