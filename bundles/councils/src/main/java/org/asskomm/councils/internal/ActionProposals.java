package org.asskomm.councils.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.asskomm.councils.api.ActionProposal;
import org.asskomm.platform.api.persistence.Sql;

/**
 * Action fields proposed to a municipality's council by another module: a projection of that module's event, so a
 * new publication of the same source replaces the previous one (the source audits the publication itself).
 */
final class ActionProposals {

    private static final String COLUMNS = "id, municipality, title, problem, rank_no, source, source_id, proposed_on";

    /** Replaces what {@code source}/{@code sourceId} proposed before with {@code titles}, best ranked first. */
    static void replace(Connection c, String municipality, String source, String sourceId, List<String> titles,
                        List<String> problems, LocalDate proposedOn) throws SQLException {
        Sql.update(c, "DELETE FROM councils_action_proposal WHERE source = ? AND source_id = ?", source, sourceId);
        for (int i = 0; i < titles.size(); i++) {
            Sql.update(c, "INSERT INTO councils_action_proposal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), municipality, titles.get(i), i < problems.size() ? problems.get(i) : null,
                    i + 1, source, sourceId, proposedOn);
        }
    }

    static List<ActionProposal> ofMunicipality(Connection c, String municipality) throws SQLException {
        return Sql.query(c, "SELECT " + COLUMNS + " FROM councils_action_proposal WHERE municipality = ?"
                + " ORDER BY proposed_on DESC, source_id, rank_no", rs -> new ActionProposal(rs.getString("id"),
                rs.getString("municipality"), rs.getString("title"), rs.getString("problem"), rs.getInt("rank_no"),
                rs.getString("source"), rs.getString("source_id"), Sql.date(rs, "proposed_on")), municipality);
    }

    private ActionProposals() {
    }
}
