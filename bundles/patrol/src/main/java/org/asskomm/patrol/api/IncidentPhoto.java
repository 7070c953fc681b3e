package org.asskomm.patrol.api;

import java.time.Instant;

/** A photo of an incident as the report lists it; its bytes are read separately. */
public record IncidentPhoto(String id, String mediaType, long size, String sha256, Instant uploadedAt) {
}
