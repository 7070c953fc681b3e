package org.asskomm.patrol.api;

/** An offence category of the patrol log; the list is seeded and extensible by LPR administrators. */
public record OffenceCategory(String code, String label) {
}
