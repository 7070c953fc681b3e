package org.asskomm.funding.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asskomm.funding.api.PayGradeCap;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of the programmes: their rules as columns and lists, their figures as sums over the ledger. */
final class ProgrammeStore {

    private static final String COLUMNS = "id, programme_year, title, budget, funding_rate, min_own_share, "
            + "min_grant, cap_per_application, cap_per_municipality, window_opens, window_closes, "
            + "reimbursement_threshold, proof_months, version, consultation_months, concept_required, "
            + "reclaim_interest_rate";

    private ProgrammeStore() {
    }

    static void insert(Connection c, Programme p) throws SQLException {
        Sql.update(c, "INSERT INTO funding_programme (" + COLUMNS + ", created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.year(), p.title(), p.budget(), p.fundingRate(), p.minOwnShare(), p.minGrant(),
                p.capPerApplication(), p.capPerMunicipality(), p.windowOpens(), p.windowCloses(),
                p.reimbursementThreshold(), p.proofMonths(), p.version(), p.consultationMonths(), p.conceptRequired(),
                p.reclaimInterestRate(), Instant.now());
        insertLists(c, p);
    }

    /** Writes every changeable setting; the version comparison is the pipeline's, this {@code WHERE} a belt. */
    static void update(Connection c, Programme p) throws SQLException {
        Sql.updateVersioned(c, "Programme", p.id(), "UPDATE funding_programme SET title = ?, budget = ?, "
                        + "funding_rate = ?, min_own_share = ?, min_grant = ?, cap_per_application = ?, "
                        + "cap_per_municipality = ?, window_opens = ?, window_closes = ?, reimbursement_threshold = ?, "
                        + "proof_months = ?, consultation_months = ?, concept_required = ?, reclaim_interest_rate = ?, version = version + 1 WHERE id = ? AND version = ?",
                p.title(), p.budget(), p.fundingRate(), p.minOwnShare(), p.minGrant(), p.capPerApplication(),
                p.capPerMunicipality(), p.windowOpens(), p.windowCloses(), p.reimbursementThreshold(),
                p.proofMonths(), p.consultationMonths(), p.conceptRequired(), p.reclaimInterestRate(), p.id(),
                p.version());
        Sql.update(c, "DELETE FROM funding_programme_category WHERE programme_id = ?", p.id());
        Sql.update(c, "DELETE FROM funding_programme_action_field WHERE programme_id = ?", p.id());
        Sql.update(c, "DELETE FROM funding_pay_grade_cap WHERE programme_id = ?", p.id());
        insertLists(c, p);
    }

    private static void insertLists(Connection c, Programme p) throws SQLException {
        for (String category : p.eligibleCategories()) {
            Sql.update(c, "INSERT INTO funding_programme_category (programme_id, category) VALUES (?, ?)",
                    p.id(), category);
        }
        for (String field : p.actionFields()) {
            Sql.update(c, "INSERT INTO funding_programme_action_field (programme_id, action_field) VALUES (?, ?)",
                    p.id(), field);
        }
        for (PayGradeCap cap : p.payGradeCaps()) {
            Sql.update(c, "INSERT INTO funding_pay_grade_cap (programme_id, pay_grade, annual_cap) VALUES (?, ?, ?)",
                    p.id(), cap.payGrade(), cap.annualCap());
        }
    }

    /** Locks the programme row until the transaction ends: approvals of one programme run one after another. */
    static boolean lock(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT id FROM funding_programme WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id)
                .isPresent();
    }

    static Optional<Programme> load(Connection c, String id) throws SQLException {
        Optional<Programme> bare = Sql.queryOne(c, "SELECT " + COLUMNS + " FROM funding_programme WHERE id = ?",
                ProgrammeStore::row, id);
        return bare.isEmpty() ? bare : Optional.of(complete(c, bare.get()));
    }

    static Page<Programme> page(Connection c, Integer year, PageRequest page) throws SQLException {
        Page<Programme> bare = Sql.page(c, COLUMNS, "funding_programme", new Where().eq("programme_year", year),
                "programme_year DESC, title, id", page, ProgrammeStore::row);
        List<Programme> items = new ArrayList<>();
        for (Programme p : bare.items()) {
            items.add(complete(c, p));
        }
        return new Page<>(items, bare.total(), bare.offset(), bare.limit());
    }

    private static Programme complete(Connection c, Programme p) throws SQLException {
        List<String> categories = Sql.query(c, "SELECT category FROM funding_programme_category WHERE programme_id = ? "
                + "ORDER BY category", rs -> rs.getString(1), p.id());
        List<String> fields = Sql.query(c, "SELECT action_field FROM funding_programme_action_field "
                + "WHERE programme_id = ? ORDER BY action_field", rs -> rs.getString(1), p.id());
        List<PayGradeCap> caps = Sql.query(c, "SELECT pay_grade, annual_cap FROM funding_pay_grade_cap "
                + "WHERE programme_id = ? ORDER BY annual_cap, pay_grade", rs -> new PayGradeCap(rs.getString(1),
                rs.getBigDecimal(2)), p.id());
        LedgerStore.Sums sums = LedgerStore.sums(c, new Where().eq("programme_id", p.id()));
        Programme.Figures figures = new Programme.Figures(p.budget(), sums.granted(), sums.reclaimed(),
                sums.committed(), sums.paid(), sums.repaid(), p.budget().subtract(sums.committed()));
        return new Programme(p.id(), p.year(), p.title(), p.budget(), p.fundingRate(), p.minOwnShare(), p.minGrant(),
                p.capPerApplication(), p.capPerMunicipality(), p.windowOpens(), p.windowCloses(),
                p.reimbursementThreshold(), p.proofMonths(), categories, fields, caps, figures, p.version(),
                p.consultationMonths(), p.conceptRequired(), p.reclaimInterestRate());
    }

    private static Programme row(ResultSet rs) throws SQLException {
        return new Programme(rs.getString("id"), rs.getInt("programme_year"), rs.getString("title"),
                rs.getBigDecimal("budget"), rs.getBigDecimal("funding_rate"), rs.getBigDecimal("min_own_share"),
                rs.getBigDecimal("min_grant"), rs.getBigDecimal("cap_per_application"),
                rs.getBigDecimal("cap_per_municipality"), Sql.date(rs, "window_opens"), Sql.date(rs, "window_closes"),
                rs.getBigDecimal("reimbursement_threshold"), rs.getInt("proof_months"), List.of(), List.of(),
                List.of(), null, rs.getInt("version"), Sql.integer(rs, "consultation_months"),
                rs.getBoolean("concept_required"), rs.getBigDecimal("reclaim_interest_rate"));
    }
}
