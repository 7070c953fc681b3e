package org.asskomm.funding.api;

/**
 * Lifecycle of an application: DRAFT -> SUBMITTED -> UNDER_REVIEW -> APPROVED | REJECTED; WITHDRAWN from
 * any state before the decision; APPROVED -> PROOF_SUBMITTED (proof of use) -> CLOSED (proof reviewed).
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN, PROOF_SUBMITTED, CLOSED
}
