package org.asskomm.funding.api;

public enum DecisionOutcome {
    APPROVED, REJECTED
}
