package org.asskomm.platform.api.admin;

/**
 * Outcome of a directory import. Municipalities missing from the new file are retired, not deleted,
 * so records of other modules that name them keep their link.
 */
public record ImportResult(int added, int updated, int unchanged, int retired, int total) {
}
