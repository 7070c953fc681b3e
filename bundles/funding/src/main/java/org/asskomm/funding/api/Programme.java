package org.asskomm.funding.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

/**
 * A funding programme with its rules and its figures from the ledger; several may run in one year (state funding,
 * co-financing of a federal programme), so messages name a programme by its title and id.
 * {@code consultationMonths}: when set, submitting requires an LPR consultation of the municipality recorded by the
 * agreements module within this many months before the day of submission (the consultation gate).
 * {@code conceptRequired}: submitting requires a project concept whose seven steps are complete.
 * {@code reclaimInterestRate}: annual interest on money to be paid back after a proof review (e.g. 0.05), shown as
 * interest per day; null when not configured.
 */
public record Programme(String id, int year, String title, @Money BigDecimal budget, BigDecimal fundingRate,
                        BigDecimal minOwnShare, @Money BigDecimal minGrant, @Money BigDecimal capPerApplication,
                        @Money BigDecimal capPerMunicipality, LocalDate windowOpens, LocalDate windowCloses,
                        BigDecimal reimbursementThreshold, int proofMonths, List<String> eligibleCategories,
                        List<String> actionFields, List<PayGradeCap> payGradeCaps, Figures figures, int version,
                        Integer consultationMonths, boolean conceptRequired, BigDecimal reclaimInterestRate) {

    /**
     * The programme's money, all sums over its ledger: committed = granted - reclaimed,
     * available = budget - committed.
     */
    public record Figures(@Money BigDecimal budget, @Money BigDecimal granted, @Money BigDecimal reclaimed,
                          @Money BigDecimal committed, @Money BigDecimal paid, @Money BigDecimal repaid,
                          @Money BigDecimal available) {
    }
}
