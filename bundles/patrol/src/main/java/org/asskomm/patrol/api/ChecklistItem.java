package org.asskomm.patrol.api;

/** One point an officer checks at a place of some type, e.g. "Spielgeräte unbeschädigt". */
public record ChecklistItem(String code, String label) {
}
