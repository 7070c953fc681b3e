package org.asskomm.patrol.api;

/** How a shared cost is split between the members (Kostenschluessel). */
public enum CostKeyType {
    /** In proportion to the population in the municipality registry (the default). */
    BY_POPULATION,
    /** In proportion to the contracted service hours per month. */
    BY_HOURS,
    /** Fixed percentages that sum to exactly 100. */
    FIXED_SHARES,
    /** {@code basePercent} split equally between the members, the rest by hours delivered in the month. */
    BASE_PLUS_USAGE
}
