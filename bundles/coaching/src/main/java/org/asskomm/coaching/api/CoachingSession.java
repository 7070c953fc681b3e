package org.asskomm.coaching.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One coaching session of an assignment: its day, the topics, the next steps agreed and the points left open. */
public record CoachingSession(UUID id, UUID assignmentId, String municipality, LocalDate date, List<String> topics,
                              String nextSteps, String openPoints) {
}
