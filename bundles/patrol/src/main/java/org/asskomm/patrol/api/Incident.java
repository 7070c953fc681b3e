package org.asskomm.patrol.api;

import java.time.LocalDateTime;
import java.util.List;

/**
 * An incident report of a compound; it belongs to the member municipality of its place ({@code ags}).
 *
 * @param checklist the hotspot checklist of the place's type, for the officer's follow-up
 */
public record Incident(String id, String compoundId, String ags, String placeId, String placeName,
                       PlaceCategory placeCategory, LocalDateTime occurredAt, String what, List<String> officerIds,
                       List<IncidentPhoto> photos, List<ChecklistItem> checklist) {
}
