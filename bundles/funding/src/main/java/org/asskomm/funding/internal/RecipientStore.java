package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.asskomm.funding.api.Recipient;
import org.asskomm.platform.api.persistence.Sql;

/** SQL of the third-party recipients; what was paid to each is a sum over the ledger lines that name it. */
final class RecipientStore {

    private static final String SELECT = "SELECT r.*, (SELECT COALESCE(SUM(l.amount), 0) FROM funding_ledger l "
            + "WHERE l.recipient_id = r.id AND l.kind = 'PAYOUT') AS paid FROM funding_recipient r ";

    private RecipientStore() {
    }

    static void insert(Connection c, String id, String applicationId, String name, String role, BigDecimal share,
                       Instant createdAt) throws SQLException {
        Sql.update(c, "INSERT INTO funding_recipient (id, application_id, name, recipient_role, share, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", id, applicationId, name, role, share, createdAt);
    }

    static void proof(Connection c, String id, BigDecimal actualCosts, String report, Instant at) throws SQLException {
        Sql.update(c, "UPDATE funding_recipient SET proof_actual_costs = ?, proof_report = ?, proof_submitted_at = ? "
                + "WHERE id = ?", actualCosts, report, at, id);
    }

    static List<Recipient> of(Connection c, String applicationId) throws SQLException {
        return Sql.query(c, SELECT + "WHERE r.application_id = ? ORDER BY r.created_at, r.id", RecipientStore::row,
                applicationId);
    }

    static Optional<Recipient> load(Connection c, String applicationId, String id) throws SQLException {
        return Sql.queryOne(c, SELECT + "WHERE r.application_id = ? AND r.id = ?", RecipientStore::row,
                applicationId, id);
    }

    private static Recipient row(ResultSet rs) throws SQLException {
        BigDecimal share = rs.getBigDecimal("share");
        BigDecimal paid = rs.getBigDecimal("paid").setScale(2);
        return new Recipient(rs.getString("id"), rs.getString("application_id"), rs.getString("name"),
                rs.getString("recipient_role"), share, paid, share.subtract(paid).max(FundingMath.ZERO),
                rs.getBigDecimal("proof_actual_costs"), rs.getString("proof_report"),
                Sql.instant(rs, "proof_submitted_at"), Sql.instant(rs, "created_at"));
    }
}
