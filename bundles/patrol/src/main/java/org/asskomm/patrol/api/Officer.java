package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.util.List;

/** An enforcement officer employed by {@code homeAgs} and provided to the compound. */
public record Officer(String id, String compoundId, String name, String homeAgs, BigDecimal weeklyHours,
                      List<String> qualifications, int version) {

    public Officer {
        qualifications = List.copyOf(qualifications);
    }
}
