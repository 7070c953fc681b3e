package org.asskomm.agreements.api;

import java.time.LocalDate;
import java.util.UUID;

/** A recorded change of a signed agreement (signed agreements are never silently overwritten). */
public record Amendment(UUID id, LocalDate on, String description) {
}
