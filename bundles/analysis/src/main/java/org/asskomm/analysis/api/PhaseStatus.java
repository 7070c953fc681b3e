package org.asskomm.analysis.api;

/** Where one phase stands. */
public enum PhaseStatus {
    OPEN, RUNNING, DONE
}
