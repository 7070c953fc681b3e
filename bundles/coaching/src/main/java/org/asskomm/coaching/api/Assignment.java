package org.asskomm.coaching.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A coach assigned to a municipality's prevention coordinator, from {@code startedOn} until {@code endedOn} (null
 * while it runs); the checklist lists every success condition.
 */
public record Assignment(UUID id, String municipality, UUID coachId, String coordinator, LocalDate startedOn,
                         LocalDate endedOn, List<ChecklistItem> checklist, int version) {

    public boolean active() {
        return endedOn == null;
    }
}
