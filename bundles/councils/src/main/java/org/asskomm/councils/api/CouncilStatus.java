package org.asskomm.councils.api;

import java.util.Set;

/**
 * Lifecycle of a prevention council: planned, then a coordination office is set up, then the council is
 * constituted by signing its rules of procedure; a council may fall dormant and be reactivated (again and again).
 */
public enum CouncilStatus {
    PLANNED,
    COORDINATION_OFFICE,
    CONSTITUTED,
    DORMANT,
    REACTIVATED;

    /** The states this one may change into. */
    public Set<CouncilStatus> next() {
        return switch (this) {
            case PLANNED -> Set.of(COORDINATION_OFFICE);
            case COORDINATION_OFFICE -> Set.of(CONSTITUTED);
            case CONSTITUTED, REACTIVATED -> Set.of(DORMANT);
            case DORMANT -> Set.of(REACTIVATED);
        };
    }

    public boolean canBecome(CouncilStatus target) {
        return next().contains(target);
    }

    /** A council that works: constituted or reactivated. */
    public boolean isActive() {
        return this == CONSTITUTED || this == REACTIVATED;
    }
}
