package org.asskomm.training.api;

/** Dimensions of the participant statistics. */
public enum ParticipantsBy {
    COURSE, COHORT, MUNICIPALITY, DISTRICT, SECTOR
}
