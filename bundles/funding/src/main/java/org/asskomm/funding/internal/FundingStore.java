package org.asskomm.funding.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.CostItem;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.KnownConsultation;
import org.asskomm.funding.api.LedgerEntry;
import org.asskomm.funding.api.LedgerKind;
import org.asskomm.funding.api.PayGradeCap;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProjectDescription;
import org.asskomm.funding.api.ReportDimension;
import org.asskomm.funding.api.ReportRow;
import org.asskomm.funding.api.Statistics;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** SQL of the funding module. Ledger rows are only ever inserted; figures are sums over them. */
@Component(service = FundingStore.class)
public class FundingStore {

    /** Sums of one set of ledger rows by kind. */
    record Sums(BigDecimal granted, BigDecimal reclaimed, BigDecimal paid, BigDecimal repaid) {
        BigDecimal committed() {
            return granted.subtract(reclaimed);
        }
    }

    private static final String SUMS = "COALESCE(SUM(CASE WHEN kind = 'COMMITMENT' THEN amount ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN kind = 'RECLAIM' THEN amount ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN kind = 'PAYOUT' THEN amount ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN kind = 'REPAYMENT' THEN amount ELSE 0 END), 0)";

    private static final String PROGRAMME_COLUMNS = "id, programme_year, title, budget, funding_rate, min_own_share, "
            + "min_grant, cap_per_application, cap_per_municipality, window_opens, window_closes, "
            + "reimbursement_threshold, proof_months, version";

    private static final String APPLICATION_COLUMNS = "a.*, p.programme_year";

    private final Database database;

    @Activate
    public FundingStore(@Reference Database database,
                        @Reference(target = "(asskomm.module=funding)") ModuleSchema schema) {
        this.database = database;
    }

    Database database() {
        return database;
    }

    // ---- programmes ----------------------------------------------------------------------------------------

    void insertProgramme(Connection c, Programme p) throws SQLException {
        Sql.update(c, "INSERT INTO funding_programme (" + PROGRAMME_COLUMNS + ", created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                p.id(), p.year(), p.title(), p.budget(), p.fundingRate(), p.minOwnShare(), p.minGrant(),
                p.capPerApplication(), p.capPerMunicipality(), p.windowOpens(), p.windowCloses(),
                p.reimbursementThreshold(), p.proofMonths(), p.version(), Instant.now());
        insertProgrammeLists(c, p);
    }

    void updateProgramme(Connection c, Programme p, int expectedVersion) throws SQLException {
        Sql.updateVersioned(c, "Programme", p.id(), "UPDATE funding_programme SET title = ?, budget = ?, "
                        + "funding_rate = ?, min_own_share = ?, min_grant = ?, cap_per_application = ?, "
                        + "cap_per_municipality = ?, window_opens = ?, window_closes = ?, reimbursement_threshold = ?, "
                        + "proof_months = ?, version = version + 1 WHERE id = ? AND version = ?",
                p.title(), p.budget(), p.fundingRate(), p.minOwnShare(), p.minGrant(), p.capPerApplication(),
                p.capPerMunicipality(), p.windowOpens(), p.windowCloses(), p.reimbursementThreshold(),
                p.proofMonths(), p.id(), expectedVersion);
        Sql.update(c, "DELETE FROM funding_programme_category WHERE programme_id = ?", p.id());
        Sql.update(c, "DELETE FROM funding_programme_action_field WHERE programme_id = ?", p.id());
        Sql.update(c, "DELETE FROM funding_pay_grade_cap WHERE programme_id = ?", p.id());
        insertProgrammeLists(c, p);
    }

    private static void insertProgrammeLists(Connection c, Programme p) throws SQLException {
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
    boolean lockProgramme(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT id FROM funding_programme WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id)
                .isPresent();
    }

    Optional<Programme> programme(Connection c, String id) throws SQLException {
        Optional<Programme> bare = Sql.queryOne(c, "SELECT " + PROGRAMME_COLUMNS + " FROM funding_programme WHERE id = ?",
                FundingStore::programmeRow, id);
        return bare.isEmpty() ? bare : Optional.of(complete(c, bare.get()));
    }

    Page<Programme> programmes(Connection c, Integer year, PageRequest page) throws SQLException {
        Page<Programme> bare = Sql.page(c, PROGRAMME_COLUMNS, "funding_programme",
                new Where().eq("programme_year", year), "programme_year DESC, title, id", page,
                FundingStore::programmeRow);
        List<Programme> items = new ArrayList<>();
        for (Programme p : bare.items()) {
            items.add(complete(c, p));
        }
        return new Page<>(items, bare.total(), bare.offset(), bare.limit());
    }

    private Programme complete(Connection c, Programme p) throws SQLException {
        List<String> categories = Sql.query(c, "SELECT category FROM funding_programme_category WHERE programme_id = ? "
                + "ORDER BY category", rs -> rs.getString(1), p.id());
        List<String> fields = Sql.query(c, "SELECT action_field FROM funding_programme_action_field "
                + "WHERE programme_id = ? ORDER BY action_field", rs -> rs.getString(1), p.id());
        List<PayGradeCap> caps = Sql.query(c, "SELECT pay_grade, annual_cap FROM funding_pay_grade_cap "
                + "WHERE programme_id = ? ORDER BY annual_cap, pay_grade", rs -> new PayGradeCap(rs.getString(1),
                rs.getBigDecimal(2)), p.id());
        Sums sums = sums(c, new Where().eq("programme_id", p.id()));
        Programme.Figures figures = new Programme.Figures(p.budget(), sums.granted(), sums.reclaimed(),
                sums.committed(), sums.paid(), sums.repaid(), p.budget().subtract(sums.committed()));
        return new Programme(p.id(), p.year(), p.title(), p.budget(), p.fundingRate(), p.minOwnShare(), p.minGrant(),
                p.capPerApplication(), p.capPerMunicipality(), p.windowOpens(), p.windowCloses(),
                p.reimbursementThreshold(), p.proofMonths(), categories, fields, caps, figures, p.version());
    }

    private static Programme programmeRow(ResultSet rs) throws SQLException {
        return new Programme(rs.getString("id"), rs.getInt("programme_year"), rs.getString("title"),
                rs.getBigDecimal("budget"), rs.getBigDecimal("funding_rate"), rs.getBigDecimal("min_own_share"),
                rs.getBigDecimal("min_grant"), rs.getBigDecimal("cap_per_application"),
                rs.getBigDecimal("cap_per_municipality"), Sql.date(rs, "window_opens"), Sql.date(rs, "window_closes"),
                rs.getBigDecimal("reimbursement_threshold"), rs.getInt("proof_months"), List.of(), List.of(),
                List.of(), null, rs.getInt("version"));
    }

    // ---- applications --------------------------------------------------------------------------------------

    void insertApplication(Connection c, Application a) throws SQLException {
        Sql.update(c, "INSERT INTO funding_application (id, programme_id, municipality, municipality_name, district, "
                        + "applicant, title, action_field, location, period_start, period_end, third_party_recipient, "
                        + "problem_description, cause_analysis, goals_and_target_groups, measures, implementation, "
                        + "evaluation, conclusions, consultation_date, consultation_reference, requested_amount, "
                        + "own_contribution, other_funding, exception_requested, exception_reason, status, created_at, "
                        + "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?)",
                a.id(), a.programmeId(), a.municipality(), a.municipalityName(), a.district(), a.applicant(), a.title(),
                a.actionField(), a.location(), a.periodStart(), a.periodEnd(), a.thirdPartyRecipient(),
                a.description().problemDescription(), a.description().causeAnalysis(),
                a.description().goalsAndTargetGroups(), a.description().measures(), a.description().implementation(),
                a.description().evaluation(), a.description().conclusions(), a.consultationDate(),
                a.consultationReference(), a.requestedAmount(), a.ownContribution(), a.otherFunding(),
                a.exceptionRequested(), a.exceptionReason(), a.status(), a.createdAt(), a.version());
        insertCostPlan(c, a);
    }

    /** Writes every changeable column of the application; 409 when someone else changed it first. */
    void updateApplication(Connection c, Application a, int expectedVersion) throws SQLException {
        Application.Decision d = a.decision();
        Application.Proof p = a.proof();
        Sql.updateVersioned(c, "Application", a.id(), "UPDATE funding_application SET applicant = ?, title = ?, "
                        + "action_field = ?, location = ?, period_start = ?, period_end = ?, third_party_recipient = ?, "
                        + "problem_description = ?, cause_analysis = ?, goals_and_target_groups = ?, measures = ?, "
                        + "implementation = ?, evaluation = ?, conclusions = ?, consultation_date = ?, "
                        + "consultation_reference = ?, requested_amount = ?, own_contribution = ?, other_funding = ?, "
                        + "exception_requested = ?, exception_reason = ?, status = ?, submitted_at = ?, "
                        + "decision_outcome = ?, granted_amount = ?, decision_conditions = ?, decision_reason = ?, "
                        + "exception_justification = ?, decided_by = ?, decided_at = ?, proof_due = ?, "
                        + "proof_submitted_at = ?, proof_report = ?, recognized_costs = ?, final_grant = ?, "
                        + "proof_review_note = ?, proof_reviewed_at = ?, version = version + 1 "
                        + "WHERE id = ? AND version = ?",
                a.applicant(), a.title(), a.actionField(), a.location(), a.periodStart(), a.periodEnd(),
                a.thirdPartyRecipient(), a.description().problemDescription(), a.description().causeAnalysis(),
                a.description().goalsAndTargetGroups(), a.description().measures(), a.description().implementation(),
                a.description().evaluation(), a.description().conclusions(), a.consultationDate(),
                a.consultationReference(), a.requestedAmount(), a.ownContribution(), a.otherFunding(),
                a.exceptionRequested(), a.exceptionReason(), a.status(), a.submittedAt(),
                d == null ? null : d.outcome(), d == null ? null : d.grantedAmount(), d == null ? null : d.conditions(),
                d == null ? null : d.reason(), d == null ? null : d.exceptionJustification(),
                d == null ? null : d.decidedBy(), d == null ? null : d.decidedAt(), a.proofDue(),
                p == null ? null : p.submittedAt(), p == null ? null : p.report(),
                p == null ? null : p.recognizedCosts(), p == null ? null : p.finalGrant(),
                p == null ? null : p.reviewNote(), p == null ? null : p.reviewedAt(), a.id(), expectedVersion);
        Sql.update(c, "DELETE FROM funding_cost_item WHERE application_id = ?", a.id());
        insertCostPlan(c, a);
        Sql.update(c, "DELETE FROM funding_proof_item WHERE application_id = ?", a.id());
        if (p != null) {
            for (int i = 0; i < p.actualCosts().size(); i++) {
                Application.ActualCost cost = p.actualCosts().get(i);
                Sql.update(c, "INSERT INTO funding_proof_item (application_id, position, category, amount) "
                        + "VALUES (?, ?, ?, ?)", a.id(), i, cost.category(), cost.amount());
            }
        }
    }

    private static void insertCostPlan(Connection c, Application a) throws SQLException {
        for (int i = 0; i < a.costPlan().size(); i++) {
            CostItem item = a.costPlan().get(i);
            Sql.update(c, "INSERT INTO funding_cost_item (application_id, position, category, description, amount, "
                            + "pay_grade, person_years, qualification) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    a.id(), i, item.category(), item.description(), item.amount(), item.payGrade(), item.personYears(),
                    item.qualification());
        }
    }

    Optional<Application> application(Connection c, String id) throws SQLException {
        Optional<Application> bare = Sql.queryOne(c, "SELECT " + APPLICATION_COLUMNS + " FROM funding_application a "
                + "JOIN funding_programme p ON p.id = a.programme_id WHERE a.id = ?", FundingStore::applicationRow, id);
        return bare.isEmpty() ? bare : Optional.of(complete(c, bare.get()));
    }

    /** Locks the application row for a money movement on it (payout, reclaim, repayment). */
    void lockApplication(Connection c, String id) throws SQLException {
        Sql.queryOne(c, "SELECT id FROM funding_application WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id);
    }

    Page<Application> applications(Connection c, Where where, String orderBy, PageRequest page) throws SQLException {
        Page<Application> bare = Sql.page(c, APPLICATION_COLUMNS,
                "funding_application a JOIN funding_programme p ON p.id = a.programme_id", where, orderBy, page,
                FundingStore::applicationRow);
        List<Application> items = new ArrayList<>();
        for (Application a : bare.items()) {
            items.add(complete(c, a));
        }
        return new Page<>(items, bare.total(), bare.offset(), bare.limit());
    }

    private Application complete(Connection c, Application a) throws SQLException {
        List<CostItem> plan = Sql.query(c, "SELECT * FROM funding_cost_item WHERE application_id = ? ORDER BY position",
                rs -> new CostItem(rs.getString("category"), rs.getString("description"), rs.getBigDecimal("amount"),
                        rs.getString("pay_grade"), rs.getBigDecimal("person_years"), rs.getString("qualification")),
                a.id());
        Application.Proof proof = a.proof();
        if (proof != null) {
            List<Application.ActualCost> actual = Sql.query(c, "SELECT category, amount FROM funding_proof_item "
                            + "WHERE application_id = ? ORDER BY position",
                    rs -> new Application.ActualCost(rs.getString(1), rs.getBigDecimal(2)), a.id());
            BigDecimal total = actual.stream().map(Application.ActualCost::amount)
                    .reduce(FundingMath.ZERO, BigDecimal::add);
            proof = new Application.Proof(proof.submittedAt(), actual, total, proof.report(), proof.recognizedCosts(),
                    proof.finalGrant(), proof.reviewNote(), proof.reviewedAt());
        }
        Sums sums = sums(c, new Where().eq("application_id", a.id()));
        BigDecimal total = FundingMath.sum(plan);
        return new Application(a.id(), a.programmeId(), a.programmeYear(), a.municipality(), a.municipalityName(),
                a.district(), a.applicant(), a.title(), a.actionField(), a.location(), a.periodStart(), a.periodEnd(),
                a.thirdPartyRecipient(), a.description(), a.consultationDate(), a.consultationReference(), plan, total,
                a.requestedAmount(), a.ownContribution(), a.otherFunding(), a.exceptionRequested(), a.exceptionReason(),
                a.status(), a.submittedAt(), a.decision(), a.proofDue(), proof, money(sums, reimbursementOnly(c, a, total)),
                a.createdAt(), a.version());
    }

    private static boolean reimbursementOnly(Connection c, Application a, BigDecimal total) throws SQLException {
        BigDecimal threshold = Sql.queryOne(c, "SELECT reimbursement_threshold FROM funding_programme WHERE id = ?",
                rs -> rs.getBigDecimal(1), a.programmeId()).orElseThrow();
        return total.compareTo(threshold) < 0;
    }

    private static Application.Money money(Sums s, boolean reimbursementOnly) {
        BigDecimal committed = s.committed();
        BigDecimal netPaid = s.paid().subtract(s.repaid());
        BigDecimal payable = committed.subtract(netPaid).max(FundingMath.ZERO);
        BigDecimal repaymentDue = netPaid.subtract(committed).max(FundingMath.ZERO);
        return new Application.Money(s.granted(), s.reclaimed(), committed, s.paid(), s.repaid(), payable,
                repaymentDue, reimbursementOnly);
    }

    private static Application applicationRow(ResultSet rs) throws SQLException {
        Application.Decision decision = null;
        DecisionOutcome outcome = Sql.enumValue(rs, "decision_outcome", DecisionOutcome.class);
        if (outcome != null) {
            BigDecimal granted = rs.getBigDecimal("granted_amount");
            boolean partial = granted != null && granted.compareTo(rs.getBigDecimal("requested_amount")) < 0;
            decision = new Application.Decision(outcome, granted, partial, rs.getString("decision_conditions"),
                    rs.getString("decision_reason"), rs.getString("exception_justification"),
                    rs.getString("decided_by"), Sql.instant(rs, "decided_at"));
        }
        Application.Proof proof = null;
        Instant proofSubmitted = Sql.instant(rs, "proof_submitted_at");
        if (proofSubmitted != null) {
            proof = new Application.Proof(proofSubmitted, List.of(), null, rs.getString("proof_report"),
                    rs.getBigDecimal("recognized_costs"), rs.getBigDecimal("final_grant"),
                    rs.getString("proof_review_note"), Sql.instant(rs, "proof_reviewed_at"));
        }
        ProjectDescription description = new ProjectDescription(rs.getString("problem_description"),
                rs.getString("cause_analysis"), rs.getString("goals_and_target_groups"), rs.getString("measures"),
                rs.getString("implementation"), rs.getString("evaluation"), rs.getString("conclusions"));
        return new Application(rs.getString("id"), rs.getString("programme_id"), rs.getInt("programme_year"),
                rs.getString("municipality"), rs.getString("municipality_name"), rs.getString("district"),
                rs.getString("applicant"), rs.getString("title"), rs.getString("action_field"),
                rs.getString("location"), Sql.date(rs, "period_start"), Sql.date(rs, "period_end"),
                rs.getString("third_party_recipient"), description, Sql.date(rs, "consultation_date"),
                rs.getString("consultation_reference"), List.of(), null, rs.getBigDecimal("requested_amount"),
                rs.getBigDecimal("own_contribution"), rs.getBigDecimal("other_funding"),
                rs.getBoolean("exception_requested"), rs.getString("exception_reason"),
                Sql.enumValue(rs, "status", ApplicationStatus.class), Sql.instant(rs, "submitted_at"), decision,
                Sql.date(rs, "proof_due"), proof, null, Sql.instant(rs, "created_at"), rs.getInt("version"));
    }

    // ---- ledger ------------------------------------------------------------------------------------------

    void append(Connection c, LedgerEntry e) throws SQLException {
        Sql.update(c, "INSERT INTO funding_ledger (id, programme_id, application_id, municipality, district, "
                        + "action_field, kind, amount, value_date, booked_at, booked_by, note) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.id(), e.programmeId(), e.applicationId(), e.municipality(), e.district(), e.actionField(), e.kind(),
                e.amount(), e.valueDate(), e.bookedAt(), e.bookedBy(), e.note());
    }

    Sums sums(Connection c, Where where) throws SQLException {
        return Sql.queryOne(c, "SELECT " + SUMS + " FROM funding_ledger" + where.sql(),
                rs -> new Sums(cents(rs, 1), cents(rs, 2), cents(rs, 3), cents(rs, 4)), where.params()).orElseThrow();
    }

    private static BigDecimal cents(ResultSet rs, int column) throws SQLException {
        return rs.getBigDecimal(column).setScale(2);
    }

    Page<LedgerEntry> ledger(Connection c, Where where, PageRequest page) throws SQLException {
        return Sql.page(c, "*", "funding_ledger", where, "booked_at, id", page, rs -> new LedgerEntry(
                rs.getString("id"), rs.getString("programme_id"), rs.getString("application_id"),
                rs.getString("municipality"), rs.getString("district"), rs.getString("action_field"),
                Sql.enumValue(rs, "kind", LedgerKind.class), rs.getBigDecimal("amount"), Sql.date(rs, "value_date"),
                Sql.instant(rs, "booked_at"), rs.getString("booked_by"), rs.getString("note")));
    }

    List<ReportRow> report(Connection c, String programmeId, ReportDimension dimension) throws SQLException {
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

    List<Statistics> statistics(Connection c) throws SQLException {
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

    // ---- consultations reported by the agreements module -----------------------------------------------

    /** @return false when the consultation was known already (events may come twice) */
    boolean insertConsultation(Connection c, KnownConsultation k) throws SQLException {
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

    List<KnownConsultation> consultations(Connection c, String municipality) throws SQLException {
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
