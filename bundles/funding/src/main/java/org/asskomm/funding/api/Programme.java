package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A funding programme (one per year or call) with its rules and its figures from the ledger. */
public record Programme(String id, int year, String title, BigDecimal budget, BigDecimal fundingRate,
                        BigDecimal minOwnShare, BigDecimal minGrant, BigDecimal capPerApplication,
                        BigDecimal capPerMunicipality, LocalDate windowOpens, LocalDate windowCloses,
                        BigDecimal reimbursementThreshold, int proofMonths, List<String> eligibleCategories,
                        List<String> actionFields, List<PayGradeCap> payGradeCaps, Figures figures, int version) {

    /**
     * The programme's money, all sums over its ledger: committed = granted - reclaimed,
     * available = budget - committed.
     */
    public record Figures(BigDecimal budget, BigDecimal granted, BigDecimal reclaimed, BigDecimal committed,
                          BigDecimal paid, BigDecimal repaid, BigDecimal available) {
    }
}
