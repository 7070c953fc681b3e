package org.asskomm.analysis.api;

/** Sex as the population register records it (m, w, d). */
public enum Sex {
    MALE, FEMALE, DIVERSE
}
