package org.asskomm.patrol.api;

import java.time.LocalDate;
import java.util.List;

/** An order from the office to the field: what to do, at which place, by when, and who is assigned. */
public record OrderRequest(String title, String placeId, LocalDate due, List<String> officerIds, String details) {
}
