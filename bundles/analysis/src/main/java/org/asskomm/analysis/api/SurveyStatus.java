package org.asskomm.analysis.api;

/**
 * CREATED -> REGISTER_UPLOADED -> SAMPLED -> (redraw) -> MAILED (mailing list exported, names and addresses
 * deleted, responses accepted) -> CLOSED.
 */
public enum SurveyStatus {
    CREATED, REGISTER_UPLOADED, SAMPLED, MAILED, CLOSED
}
