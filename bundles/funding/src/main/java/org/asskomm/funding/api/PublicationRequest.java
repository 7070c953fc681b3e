package org.asskomm.funding.api;

/** Sets whether a programme publishes its funded projects; {@code version} is the programme's. */
public record PublicationRequest(Boolean publishResults, Integer version) {
}
