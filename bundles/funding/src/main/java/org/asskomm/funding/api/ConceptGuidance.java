package org.asskomm.funding.api;

/** What a step of the concept asks for, in the reader's language, and the least text that counts as complete. */
public record ConceptGuidance(ConceptStep step, String label, String guidance, int minLength) {
}
