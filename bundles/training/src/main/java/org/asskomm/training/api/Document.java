package org.asskomm.training.api;

/** A document attached to an application by reference (e.g. a scan of a degree certificate in the DMS). */
public record Document(String title, String reference) {
}
