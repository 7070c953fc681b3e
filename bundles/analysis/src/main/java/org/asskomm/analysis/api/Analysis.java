package org.asskomm.analysis.api;

import java.util.List;
import java.util.UUID;

/**
 * A safety analysis (Sicherheitsanalyse) of one municipality.
 *
 * @param currentPhase the first phase not done yet (null when all are done)
 */
public record Analysis(UUID id, String municipality, String title, String responsible, AnalysisStatus status,
                       AnalysisPhase currentPhase, List<PhasePlan> phases, int version) {
}
