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
import org.asskomm.funding.api.ProjectDescription;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.persistence.Where;

/** SQL of the applications with their cost plans and proofs; their money is a sum over the ledger. */
final class ApplicationStore {

    private static final String COLUMNS = "a.*, p.programme_year";

    private ApplicationStore() {
    }

    static void insert(Connection c, Application a) throws SQLException {
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

    /**
     * Writes every changeable column of the application as it stands in {@code a}, whose version is the one it was
     * loaded with: the pipeline compared it already, this {@code WHERE} is a belt.
     */
    static void update(Connection c, Application a) throws SQLException {
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
                p == null ? null : p.reviewNote(), p == null ? null : p.reviewedAt(), a.id(), a.version());
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

    static Optional<Application> load(Connection c, String id) throws SQLException {
        Optional<Application> bare = Sql.queryOne(c, "SELECT " + COLUMNS + " FROM funding_application a "
                + "JOIN funding_programme p ON p.id = a.programme_id WHERE a.id = ?", ApplicationStore::row, id);
        return bare.isEmpty() ? bare : Optional.of(complete(c, bare.get()));
    }

    /** Locks the application row until the transaction ends: its changes and money movements run one at a time. */
    static boolean lock(Connection c, String id) throws SQLException {
        return Sql.queryOne(c, "SELECT id FROM funding_application WHERE id = ? FOR UPDATE", rs -> rs.getString(1), id)
                .isPresent();
    }

    static Page<Application> page(Connection c, Where where, String orderBy, PageRequest page) throws SQLException {
        Page<Application> bare = Sql.page(c, COLUMNS,
                "funding_application a JOIN funding_programme p ON p.id = a.programme_id", where, orderBy, page,
                ApplicationStore::row);
        List<Application> items = new ArrayList<>();
        for (Application a : bare.items()) {
            items.add(complete(c, a));
        }
        return new Page<>(items, bare.total(), bare.offset(), bare.limit());
    }

    private static Application complete(Connection c, Application a) throws SQLException {
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
                    proof.finalGrant(), proof.reviewNote(), proof.reviewedAt(), List.of(), null, null, null);
        }
        LedgerStore.Sums sums = LedgerStore.sums(c, new Where().eq("application_id", a.id()));
        BigDecimal total = FundingMath.sum(plan);
        Application.Money money = money(sums, reimbursementOnly(c, a, total));
        if (proof != null) {
            proof = ProofRules.complete(proof, plan, a.decision(), money.repaymentDue(), interestRate(c, a));
        }
        return new Application(a.id(), a.programmeId(), a.programmeYear(), a.municipality(), a.municipalityName(),
                a.district(), a.applicant(), a.title(), a.actionField(), a.location(), a.periodStart(), a.periodEnd(),
                a.thirdPartyRecipient(), a.description(), a.consultationDate(), a.consultationReference(), plan, total,
                a.requestedAmount(), a.ownContribution(), a.otherFunding(), a.exceptionRequested(), a.exceptionReason(),
                a.status(), a.submittedAt(), a.decision(), a.proofDue(), proof, money, a.createdAt(), a.version());
    }

    private static boolean reimbursementOnly(Connection c, Application a, BigDecimal total) throws SQLException {
        BigDecimal threshold = Sql.queryOne(c, "SELECT reimbursement_threshold FROM funding_programme WHERE id = ?",
                rs -> rs.getBigDecimal(1), a.programmeId()).orElseThrow();
        return total.compareTo(threshold) < 0;
    }

    private static BigDecimal interestRate(Connection c, Application a) throws SQLException {
        // a list, not queryOne: the rate is null where the programme configures none
        return Sql.query(c, "SELECT reclaim_interest_rate FROM funding_programme WHERE id = ?",
                rs -> java.util.Optional.ofNullable(rs.getBigDecimal(1)), a.programmeId()).get(0).orElse(null);
    }

    private static Application.Money money(LedgerStore.Sums s, boolean reimbursementOnly) {
        BigDecimal committed = s.committed();
        BigDecimal netPaid = s.paid().subtract(s.repaid());
        BigDecimal payable = committed.subtract(netPaid).max(FundingMath.ZERO);
        BigDecimal repaymentDue = netPaid.subtract(committed).max(FundingMath.ZERO);
        return new Application.Money(s.granted(), s.reclaimed(), committed, s.paid(), s.repaid(), payable,
                repaymentDue, reimbursementOnly);
    }

    private static Application row(ResultSet rs) throws SQLException {
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
                    rs.getString("proof_review_note"), Sql.instant(rs, "proof_reviewed_at"), List.of(), null, null,
                    null);
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
}
