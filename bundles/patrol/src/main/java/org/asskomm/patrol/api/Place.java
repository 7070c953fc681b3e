package org.asskomm.patrol.api;

import java.time.LocalDate;

/**
 * A place to patrol.
 *
 * @param priority         1 (low) to 5 (hot spot)
 * @param untouched        never patrolled, or not within the compound's {@code untouchedAfterDays} (as of today)
 * @param untouchedAtStart untouched when the compound started (counts for "formerly untouched places reached")
 * @param requiredOfficers 1, or 2 where the place is patrolled only in pairs
 */
public record Place(String id, String compoundId, String ags, String name, PlaceCategory category, double latitude,
                    double longitude, int priority, LocalDate lastPatrolledOn, boolean untouched,
                    boolean untouchedAtStart, int version, int requiredOfficers) {

    public Place(String id, String compoundId, String ags, String name, PlaceCategory category, double latitude,
                 double longitude, int priority, LocalDate lastPatrolledOn, boolean untouched, boolean untouchedAtStart,
                 int version) {
        this(id, compoundId, ags, name, category, latitude, longitude, priority, lastPatrolledOn, untouched,
                untouchedAtStart, version, 1);
    }
}
