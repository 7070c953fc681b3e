package org.asskomm.patrol.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An incident report from the field: what happened, at which place of the compound, when, and which officers were
 * there; photos are uploaded afterwards, one at a time.
 */
public record IncidentRequest(String placeId, LocalDateTime occurredAt, String what, List<String> officerIds) {
}
