package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

/** A funding programme (one per year or call) with its rules and its figures from the ledger. */
public record Programme(String id, int year, String title, @Money BigDecimal budget, BigDecimal fundingRate,
                        BigDecimal minOwnShare, @Money BigDecimal minGrant, @Money BigDecimal capPerApplication,
                        @Money BigDecimal capPerMunicipality, LocalDate windowOpens, LocalDate windowCloses,
                        BigDecimal reimbursementThreshold, int proofMonths, List<String> eligibleCategories,
                        List<String> actionFields, List<PayGradeCap> payGradeCaps, Figures figures, int version) {

    /**
     * The programme's money, all sums over its ledger: committed = granted - reclaimed,
     * available = budget - committed.
     */
    public record Figures(@Money BigDecimal budget, @Money BigDecimal granted, @Money BigDecimal reclaimed,
                          @Money BigDecimal committed, @Money BigDecimal paid, @Money BigDecimal repaid,
                          @Money BigDecimal available) {
    }
}
