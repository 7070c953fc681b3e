package org.asskomm.analysis.api;

import java.time.LocalDate;

/** A new analysis; its phases are planned one after the other from {@code plannedStart} (20 weeks). */
public record AnalysisDraft(String municipality, String title, String responsible, LocalDate plannedStart) {
}
