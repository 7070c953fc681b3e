package org.asskomm.funding.api;

/**
 * Kinds of ledger entries. Committed = COMMITMENT - RECLAIM; paid = PAYOUT; returned = REPAYMENT.
 */
public enum LedgerKind {
    /** A grant decided: the amount is bound in the budget. */
    COMMITMENT,
    /** Money paid to the municipality. */
    PAYOUT,
    /** Unspent or ineligible sums taken back from a grant: returns budget to the programme. */
    RECLAIM,
    /** Money the municipality paid back (paid more than the grant after a reclaim). */
    REPAYMENT
}
