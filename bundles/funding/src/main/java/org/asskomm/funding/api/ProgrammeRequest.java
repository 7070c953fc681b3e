package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

/**
 * Creates or changes a programme. Only {@code year} and {@code budget} are required; every other field left
 * out takes the default of the RL KommPraev (see the guide). {@code version} is required for a change.
 *
 * @param fundingRate   share of eligible costs that may be granted, e.g. 0.90
 * @param minOwnShare   own contribution at least this share of eligible costs, e.g. 0.10
 * @param minGrant      grants must be above this amount unless a justified exception is made
 * @param proofMonths   proof of use due this many months after the project ends
 * @param consultationMonths the consultation gate: submission needs an LPR consultation of the municipality within
 *                      this many months (1 to 60); 0 switches the gate off; left out, the programme keeps its setting
 * @param reclaimInterestRate annual interest on a repayment due after the proof review (0 to 0.2); 0 switches it off
 * @param conceptRequired submission needs a complete project concept (Beccaria standards); left out: as before, or no
 */
public record ProgrammeRequest(Integer year, String title, @Money BigDecimal budget, BigDecimal fundingRate,
                               BigDecimal minOwnShare, @Money BigDecimal minGrant, @Money BigDecimal capPerApplication,
                               @Money BigDecimal capPerMunicipality, LocalDate windowOpens, LocalDate windowCloses,
                               BigDecimal reimbursementThreshold, Integer proofMonths,
                               List<String> eligibleCategories, List<String> actionFields,
                               List<PayGradeCap> payGradeCaps, Integer version,
                               Integer consultationMonths, Boolean conceptRequired,
                               BigDecimal reclaimInterestRate) {
}
