package org.asskomm.agreements.api;

/** A person who signs for a party, e.g. the mayor or the head of a police station. */
public record Signatory(String name, String function) {
}
