package org.asskomm.agreements.api;

/**
 * Organisation type of a party to an agreement. Since 1.2: the further partners an agreement may include beyond
 * municipality, police and LPR (labels in German in the console: Schulamt / Landesamt für Schule und Bildung,
 * Jugendamt, Landeszentrale für politische Bildung, Verein oder Verband).
 */
public enum PartyType {
    MUNICIPALITY, POLICE, LPR, DISTRICT, OTHER,
    /** The schools office (Landesamt für Schule und Bildung, Standort). */
    SCHOOLS_OFFICE,
    /** The youth welfare office (Jugendamt) of the district or city. */
    YOUTH_WELFARE_OFFICE,
    /** The state centre for civic education (Sächsische Landeszentrale für politische Bildung). */
    CIVIC_EDUCATION_CENTRE,
    /** An association (Verein, Verband), e.g. a sports club or a welfare association. */
    ASSOCIATION
}
