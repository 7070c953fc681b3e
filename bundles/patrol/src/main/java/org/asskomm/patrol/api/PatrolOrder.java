package org.asskomm.patrol.api;

import java.time.LocalDate;
import java.util.List;

/**
 * An order of a compound's office to its officers; it belongs to the member municipality of its place.
 *
 * @param overdue   open and its due day has passed (as of the day the order was read for)
 * @param checklist the hotspot checklist of the place's type
 */
public record PatrolOrder(String id, String compoundId, String ags, String title, String placeId, String placeName,
                          PlaceCategory placeCategory, LocalDate due, List<String> officerIds, String details,
                          OrderStatus status, boolean overdue, List<ChecklistItem> checklist, int version) {
}
