package org.asskomm.coaching.api;

import java.util.UUID;

/**
 * How busy a coach is: running assignments against the capacity, and sessions held in the twelve months up to
 * {@code asOf}.
 */
public record Workload(UUID coachId, String name, int capacity, int activeAssignments, int sessionsLastYear,
                       java.time.LocalDate asOf) {

    /** Running assignments in per cent of the capacity (0 when the coach has no capacity). */
    public int utilisation() {
        return capacity == 0 ? 0 : Math.round(100f * activeAssignments / capacity);
    }
}
