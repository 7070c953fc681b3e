package org.asskomm.analysis.api;

import java.time.LocalDate;

/** One phase of an analysis: planned and actual dates, the person responsible, its status. */
public record PhasePlan(AnalysisPhase phase, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart,
                        LocalDate actualEnd, String responsible, PhaseStatus status) {
}
