package org.asskomm.funding.api;

/** Whether a programme publishes its funded projects (the public transparency page); false unless the LPR sets it. */
public record Publication(String programmeId, boolean publishResults, int version) {
}
