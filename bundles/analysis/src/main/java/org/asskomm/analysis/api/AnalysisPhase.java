package org.asskomm.analysis.api;

/** The phases of a safety analysis in their order, with the weeks each is planned with (20 weeks in all). */
public enum AnalysisPhase {
    PREPARATION(2), AREA_PROFILE(4), SURVEY(8), EVALUATION(3), WORKSHOP(1), RECOMMENDATIONS(2);

    private final int plannedWeeks;

    AnalysisPhase(int plannedWeeks) {
        this.plannedWeeks = plannedWeeks;
    }

    public int plannedWeeks() {
        return plannedWeeks;
    }
}
