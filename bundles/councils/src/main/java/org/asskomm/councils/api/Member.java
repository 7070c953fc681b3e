package org.asskomm.councils.api;

import java.time.LocalDate;

/**
 * A council member; {@code voting} false means an advisory guest without vote.
 *
 * @param steeringGroup member of the steering group (Lenkungsgruppe)
 * @param memberUntil   last day of membership, null while a member
 */
public record Member(String id, String councilId, String name, String organisation, String function, Sector sector,
                     boolean voting, boolean steeringGroup, LocalDate memberSince, LocalDate memberUntil, int version) {

    public boolean isMemberOn(LocalDate day) {
        return !memberSince.isAfter(day) && (memberUntil == null || !memberUntil.isBefore(day));
    }
}
