package org.asskomm.analysis.api;

/** How a questionnaire came back. */
public enum Channel {
    PAPER, ONLINE
}
