package org.asskomm.patrol.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record Plan(String id, String compoundId, LocalDate from, LocalDate to, Instant createdAt, PlanMetrics metrics,
                   List<PlannedShift> shifts) {

    public Plan {
        shifts = List.copyOf(shifts);
    }
}
