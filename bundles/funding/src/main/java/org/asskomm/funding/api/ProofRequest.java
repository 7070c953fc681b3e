package org.asskomm.funding.api;

import java.util.List;

/** Proof of use (Verwendungsnachweis): actual costs by category and a short factual report. */
public record ProofRequest(List<Application.ActualCost> actualCosts, String report, Integer version) {
}
