package org.asskomm.training.api;

import java.time.Instant;
import java.util.Set;

/** A participant; personal data, visible only to the staff of the person's municipality and LPR admins. */
public record Person(String id, String municipality, String firstName, String lastName, String email,
                     String organisation, Sector sector, Set<Qualification> qualifications, boolean anonymised,
                     Instant createdAt, int version) {
}
