package org.asskomm.analysis.api;

import java.time.LocalDate;

/** The new state of one phase, with the version of the analysis the client read. */
public record PhaseChange(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                          String responsible, PhaseStatus status, Integer version) {
}
