package org.asskomm.training.api;

import java.util.Set;

/**
 * apply -> ADMITTED (a seat was free) or WAITLISTED -> ENROLLED -> COMPLETED; WITHDRAWN and REJECTED end it.
 * ADMITTED, ENROLLED and COMPLETED hold a seat.
 */
public enum EnrolmentStatus {
    ADMITTED, WAITLISTED, ENROLLED, COMPLETED, WITHDRAWN, REJECTED;

    public static final Set<EnrolmentStatus> HOLDING_SEAT = Set.of(ADMITTED, ENROLLED, COMPLETED);
    public static final Set<EnrolmentStatus> ACTIVE = Set.of(ADMITTED, WAITLISTED, ENROLLED, COMPLETED);

    public boolean holdsSeat() {
        return HOLDING_SEAT.contains(this);
    }
}
