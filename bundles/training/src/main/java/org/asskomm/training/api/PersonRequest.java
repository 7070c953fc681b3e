package org.asskomm.training.api;

import java.util.Set;

public record PersonRequest(String municipality, String firstName, String lastName, String email,
                            String organisation, Sector sector, Set<Qualification> qualifications, Integer version) {
}
