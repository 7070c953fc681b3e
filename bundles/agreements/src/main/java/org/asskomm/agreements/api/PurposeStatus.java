package org.asskomm.agreements.api;

import java.util.EnumSet;
import java.util.Set;

/** Negotiating, concluded, approved by the supervisory authority, published and in force, cancelled. */
public enum PurposeStatus {
    NEGOTIATING, CONCLUDED, APPROVED, IN_FORCE, CANCELLED;

    public Set<PurposeStatus> next() {
        return switch (this) {
            case NEGOTIATING -> EnumSet.of(CONCLUDED, CANCELLED);
            case CONCLUDED -> EnumSet.of(APPROVED, CANCELLED);
            case APPROVED -> EnumSet.of(IN_FORCE, CANCELLED);
            case IN_FORCE -> EnumSet.of(CANCELLED);
            case CANCELLED -> EnumSet.noneOf(PurposeStatus.class);
        };
    }
}
