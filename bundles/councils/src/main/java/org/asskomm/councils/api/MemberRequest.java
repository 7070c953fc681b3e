package org.asskomm.councils.api;

import java.time.LocalDate;

/** Adds or changes a member; {@code version} only for changes. */
public record MemberRequest(String name, String organisation, String function, Sector sector, Boolean voting,
                            Boolean steeringGroup, LocalDate memberSince, LocalDate memberUntil, Integer version) {
}
