package org.asskomm.coaching.api;

import java.time.LocalDate;

/** One success condition of an assignment: met on {@code metOn}, or not yet (null). */
public record ChecklistItem(SuccessCondition condition, LocalDate metOn) {
}
