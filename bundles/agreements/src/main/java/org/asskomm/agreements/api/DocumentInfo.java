package org.asskomm.agreements.api;

import java.time.Instant;
import java.util.UUID;

/** An attached document (PDF, ODT or DOCX); the content is fetched separately. */
public record DocumentInfo(UUID id, String filename, String mediaType, long size, String sha256, Instant uploadedAt) {
}
