package org.asskomm.agreements.api;

import java.time.LocalDate;

/** A milestone reached on a date, with an optional note. */
public record Milestone(MilestoneType type, LocalDate on, String note) {
}
