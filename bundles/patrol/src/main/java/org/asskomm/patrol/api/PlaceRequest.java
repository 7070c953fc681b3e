package org.asskomm.patrol.api;

import java.time.LocalDate;

/** {@code lastPatrolledOn} may record a patrol before the compound existed; logs keep it current afterwards. */
public record PlaceRequest(String ags, String name, PlaceCategory category, Double latitude, Double longitude,
                           Integer priority, LocalDate lastPatrolledOn, Integer version) {
}
