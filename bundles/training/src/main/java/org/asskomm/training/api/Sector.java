package org.asskomm.training.api;

/** Where a participant works; the sectors of a prevention council plus volunteers. */
public enum Sector {
    ADMINISTRATION, POLICE, EDUCATION, YOUTH_WORK, SENIOR_WORK, ASSOCIATIONS, CHURCHES, VOLUNTEER, OTHER
}
