package org.asskomm.patrol.api;

import java.util.List;

/** The hotspot checklist of a place type: what an officer checks there on every visit. */
public record Checklist(PlaceCategory category, List<ChecklistItem> items) {
}
