package org.asskomm.examples.survey.api;

import java.util.Optional;

/**
 * The phases of a safety analysis, in order; about 20 weeks from kick-off to the final report.
 * A survey moves only to the next phase.
 */
public enum SurveyPhase {
    KICK_OFF, SAMPLE_DRAWN, QUESTIONNAIRES_OUT, RETURNS_ENTERED, ANALYSIS, REPORT;

    /** Weeks from kick-off to the final report, as planned. */
    public static final int PLANNED_WEEKS = 20;

    public Optional<SurveyPhase> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }
}
