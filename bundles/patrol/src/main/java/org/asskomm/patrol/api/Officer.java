package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * An enforcement officer employed by {@code homeAgs} and provided to the compound. {@code authorities} say where and
 * when the officer may act; none recorded: in every member under the compound's purpose agreement.
 */
public record Officer(String id, String compoundId, String name, String homeAgs, BigDecimal weeklyHours,
                      List<String> qualifications, int version, TravelMode mode, List<Authority> authorities) {

    public Officer {
        qualifications = List.copyOf(qualifications);
        mode = mode == null ? TravelMode.CAR : mode;
        authorities = authorities == null ? List.of() : List.copyOf(authorities);
    }

    /** A car-borne officer with the purpose agreement's authority. */
    public Officer(String id, String compoundId, String name, String homeAgs, BigDecimal weeklyHours,
                   List<String> qualifications, int version) {
        this(id, compoundId, name, homeAgs, weeklyHours, qualifications, version, TravelMode.CAR, List.of());
    }
}
