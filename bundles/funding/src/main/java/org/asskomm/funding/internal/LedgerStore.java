package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.LedgerEntry;
import org.asskomm.funding.api.LedgerKind;
import org.asskomm.funding.api.ReportDimension;
import org.asskomm.funding.api.ReportRow;
import org.asskomm.funding.api.Statistics;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of the ledger. Its rows are only ever inserted; every figure is a sum over them. */
final class LedgerStore {

    /** Sums of one set of ledger rows by kind. */
    record Sums(BigDecimal granted, BigDecimal reclaimed, BigDecimal paid, BigDecimal repaid) {
        BigDecimal committed() {
            return granted.subtract(reclaimed);
        }
    }

    static final String SUMS = "COALESCE(SUM(CASE WHEN kind = 'COMMITMENT' THEN amount ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN kind = 'RECLAIM' THEN amount ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN kind = 'PAYOUT' THEN amount ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN kind = 'REPAYMENT' THEN amount ELSE 0 END), 0)";

    private LedgerStore() {
    }

    /** A new line for the application: its programme, municipality, district and action field go with it. */
    static LedgerEntry entry(Application a, LedgerKind kind, BigDecimal amount, LocalDate valueDate, Instant bookedAt,
                             String bookedBy, String note) {
        return new LedgerEntry(UUID.randomUUID().toString(), a.programmeId(), a.id(), a.municipality(), a.district(),
                a.actionField(), kind, amount, valueDate, bookedAt, bookedBy, note, null, null);
    }

    /** The payout line as one of a recipient's share: the chain programme - municipality - recipient. */
    static LedgerEntry toRecipient(LedgerEntry e, org.asskomm.funding.api.Recipient r) {
        return new LedgerEntry(e.id(), e.programmeId(), e.applicationId(), e.municipality(), e.district(),
                e.actionField(), e.kind(), e.amount(), e.valueDate(), e.bookedAt(), e.bookedBy(), e.note(), r.id(),
                r.name());
    }

    static void append(Connection c, LedgerEntry e) throws SQLException {
        Sql.update(c, "INSERT INTO funding_ledger (id, programme_id, application_id, municipality, district, "
                        + "action_field, kind, amount, value_date, booked_at, booked_by, note, recipient_id, "
                        + "recipient_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.programmeId(), e.applicationId(), e.municipality(), e.district(), e.actionField(), e.kind(),
                e.amount(), e.valueDate(), e.bookedAt(), e.bookedBy(), e.note(), e.recipientId(), e.recipientName());
    }

    static Sums sums(Connection c, Where where) throws SQLException {
        return Sql.queryOne(c, "SELECT " + SUMS + " FROM funding_ledger" + where.sql(),
                rs -> new Sums(cents(rs, 1), cents(rs, 2), cents(rs, 3), cents(rs, 4)), where.params()).orElseThrow();
    }

    static BigDecimal cents(ResultSet rs, int column) throws SQLException {
        return rs.getBigDecimal(column).setScale(2);
    }

    static Page<LedgerEntry> page(Connection c, Where where, PageRequest page) throws SQLException {
        return Sql.page(c, "*", "funding_ledger", where, "booked_at, id", page, rs -> new LedgerEntry(
                rs.getString("id"), rs.getString("programme_id"), rs.getString("application_id"),
                rs.getString("municipality"), rs.getString("district"), rs.getString("action_field"),
                Sql.enumValue(rs, "kind", LedgerKind.class), rs.getBigDecimal("amount"), Sql.date(rs, "value_date"),
                Sql.instant(rs, "booked_at"), rs.getString("booked_by"), rs.getString("note"),
                rs.getString("recipient_id"), rs.getString("recipient_name")));
    }

    static List<ReportRow> report(Connection c, String programmeId, ReportDimension dimension) throws SQLException {
        String column = switch (dimension) {
            case PROGRAMME -> "programme_id";
            case DISTRICT -> "district";
            case MUNICIPALITY -> "municipality";
            case ACTION_FIELD -> "action_field";
        };
        return Sql.query(c, "SELECT " + column + ", " + SUMS + ", COUNT(DISTINCT application_id) FROM funding_ledger "
                + "WHERE programme_id = ? GROUP BY " + column + " ORDER BY " + column, rs -> {
                    BigDecimal granted = cents(rs, 2);
                    BigDecimal reclaimed = cents(rs, 3);
                    return new ReportRow(rs.getString(1), granted, reclaimed, granted.subtract(reclaimed),
                            cents(rs, 4), cents(rs, 5), rs.getLong(6));
                }, programmeId);
    }

    static List<Statistics> statistics(Connection c) throws SQLException {
        return Sql.query(c, "SELECT p.id, p.programme_year, p.title, p.budget, "
                + "(SELECT COUNT(*) FROM funding_application a WHERE a.programme_id = p.id "
                + "AND a.status NOT IN ('DRAFT', 'WITHDRAWN')), "
                + "(SELECT COUNT(*) FROM funding_application a WHERE a.programme_id = p.id "
                + "AND a.decision_outcome = 'APPROVED'), "
                + "(SELECT COUNT(DISTINCT l.municipality) FROM funding_ledger l WHERE l.programme_id = p.id "
                + "AND l.kind = 'COMMITMENT') "
                + "FROM funding_programme p ORDER BY p.programme_year DESC, p.title", rs -> {
                    Sums s = sums(c, new Where().eq("programme_id", rs.getString(1)));
                    return new Statistics(rs.getInt(2), rs.getString(3), rs.getBigDecimal(4), s.committed(), s.paid(),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7));
                });
    }
}
