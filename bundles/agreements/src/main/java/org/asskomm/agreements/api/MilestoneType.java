package org.asskomm.agreements.api;

/** Milestones recorded along the ASSKomm path. */
public enum MilestoneType {
    COACHING_STARTED, SAFETY_ANALYSIS_STARTED, SAFETY_ANALYSIS_COMPLETED, COUNCIL_FOUNDED, PREVENTION_REPORT_RECEIVED
}
