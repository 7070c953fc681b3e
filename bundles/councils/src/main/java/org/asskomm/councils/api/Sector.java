package org.asskomm.councils.api;

/** The part of society a council member comes from. */
public enum Sector {
    ADMINISTRATION,
    POLICE,
    EDUCATION,
    YOUTH_WORK,
    SENIOR_WORK,
    ASSOCIATIONS,
    CHURCHES,
    BUSINESS,
    CITIZENS,
    OTHER
}
