package org.asskomm.coaching.api;

import java.time.LocalDate;

/** Marks a success condition met on a day ({@code metOn}) or not met (null). */
public record ChecklistUpdate(SuccessCondition condition, LocalDate metOn, Integer version) {
}
