package org.asskomm.analysis.api;

/** Where an analysis stands, as the overview map shows it. */
public enum AnalysisStatus {
    PLANNED, RUNNING, COMPLETED, CANCELLED
}
