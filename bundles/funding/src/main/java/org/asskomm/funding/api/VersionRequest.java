package org.asskomm.funding.api;

/** A state transition without data (submit, start review, withdraw): the version the client last read. */
public record VersionRequest(Integer version) {
}
