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

    /**
     * Proof of use after ANBest-K: the factual report ({@code report}) and the numerical statement (actual costs by
     * category, set against the approved cost plan in {@code deviations}), and the review's result: the outcome, the
     * amount reclaimed (grant minus final grant, to the cent) and, when the programme configures interest, the
     * interest per day on what the municipality must pay back.
     */
    public record Proof(Instant submittedAt, List<ActualCost> actualCosts, BigDecimal actualTotal, String report,
                        BigDecimal recognizedCosts, BigDecimal finalGrant, String reviewNote, Instant reviewedAt,
                        List<Deviation> deviations, ProofOutcome outcome,
                        @org.asskomm.platform.api.rest.Money BigDecimal reclaimedByReview,
                        @org.asskomm.platform.api.rest.Money BigDecimal interestPerDay) {
    }

    /**
     * One cost category of the numerical statement: planned (approved cost plan) against actual; {@code percent} is
     * the deviation from the plan (null when nothing was planned), {@code flagged} when it exceeds 20 %.
     */
    public record Deviation(String category, @org.asskomm.platform.api.rest.Money BigDecimal planned,
                            @org.asskomm.platform.api.rest.Money BigDecimal actual,
                            @org.asskomm.platform.api.rest.Money BigDecimal difference, BigDecimal percent,
                            boolean flagged) {
    }

    /** The review's outcome: the proof accepted with the full grant, or part (or all) of the grant reclaimed. */
    public enum ProofOutcome {
        ACCEPTED, PARTIAL_RECLAIM, FULL_RECLAIM
    }

    public record ActualCost(String category, BigDecimal amount) {
    }

    /**
     * Money of this application from the ledger. {@code reimbursementOnly}: total costs below the
     * programme's threshold, paid only after the proof of use is accepted. {@code repaymentDue}: paid beyond
     * what remains committed and not yet paid back.
     */
    public record Money(@org.asskomm.platform.api.rest.Money BigDecimal granted,
                        @org.asskomm.platform.api.rest.Money BigDecimal reclaimed,
                        @org.asskomm.platform.api.rest.Money BigDecimal committed,
                        @org.asskomm.platform.api.rest.Money BigDecimal paid,
                        @org.asskomm.platform.api.rest.Money BigDecimal repaid,
                        @org.asskomm.platform.api.rest.Money BigDecimal payable,
                        @org.asskomm.platform.api.rest.Money BigDecimal repaymentDue, boolean reimbursementOnly) {
    }
}
