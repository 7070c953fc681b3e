package org.asskomm.councils.api;

/** An action field (Handlungsfeld) a working group works on; the LPR extends the list. */
public record ActionField(String code, String title) {
}
