package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;


/** A funding application with its decision, proof of use and money figures (sums over its ledger entries). */
public record Application(String id, String programmeId, int programmeYear, String municipality,
                          String municipalityName, String district, String applicant, String title,
                          String actionField, String location, LocalDate periodStart, LocalDate periodEnd,
                          String thirdPartyRecipient, ProjectDescription description, LocalDate consultationDate,
                          String consultationReference, List<CostItem> costPlan, @org.asskomm.platform.api.rest.Money BigDecimal totalCosts,
                          @org.asskomm.platform.api.rest.Money BigDecimal requestedAmount, @org.asskomm.platform.api.rest.Money BigDecimal ownContribution, @org.asskomm.platform.api.rest.Money BigDecimal otherFunding,
                          boolean exceptionRequested, String exceptionReason, ApplicationStatus status,
                          Instant submittedAt, Decision decision, LocalDate proofDue, Proof proof,
                          Money money, Instant createdAt, int version) {

    /** The LPR's decision; {@code partial} when less than requested was granted. */
    public record Decision(DecisionOutcome outcome, BigDecimal grantedAmount, boolean partial, String conditions,
                           String reason, String exceptionJustification, String decidedBy, Instant decidedAt) {
    }

    /** Proof of use: actual costs by category, and the review's result. */
    public record Proof(Instant submittedAt, List<ActualCost> actualCosts, BigDecimal actualTotal, String report,
                        BigDecimal recognizedCosts, BigDecimal finalGrant, String reviewNote, Instant reviewedAt) {
    }

    public record ActualCost(String category, BigDecimal amount) {
    }

    /**
     * Money of this application from the ledger. {@code reimbursementOnly}: total costs below the
     * programme's threshold, paid only after the proof of use is accepted. {@code repaymentDue}: paid beyond
     * what remains committed and not yet paid back.
     */
    public record Money(BigDecimal granted, BigDecimal reclaimed, BigDecimal committed, BigDecimal paid,
                        BigDecimal repaid, BigDecimal payable, BigDecimal repaymentDue, boolean reimbursementOnly) {
    }
}
