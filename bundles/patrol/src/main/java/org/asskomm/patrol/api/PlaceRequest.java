package org.asskomm.patrol.api;

import java.time.LocalDate;

/**
 * {@code lastPatrolledOn} may record a patrol before the compound existed; logs keep it current afterwards.
 * {@code requiredOfficers}: 1 (default) or 2 where a place may only be patrolled in pairs.
 */
public record PlaceRequest(String ags, String name, PlaceCategory category, Double latitude, Double longitude,
                           Integer priority, LocalDate lastPatrolledOn, Integer version, Integer requiredOfficers) {

    public PlaceRequest(String ags, String name, PlaceCategory category, Double latitude, Double longitude,
                        Integer priority, LocalDate lastPatrolledOn, Integer version) {
        this(ags, name, category, latitude, longitude, priority, lastPatrolledOn, version, null);
    }
}
