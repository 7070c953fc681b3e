package org.asskomm.patrol.api;

/**
 * Why an officer may act in a municipality: appointed by it (Bestellung nach der Verordnung über den gemeindlichen
 * Vollzugsdienst), or acting for it under the compound's purpose agreement (Zweckvereinbarung).
 */
public enum LegalBasis {
    APPOINTMENT, PURPOSE_AGREEMENT
}
