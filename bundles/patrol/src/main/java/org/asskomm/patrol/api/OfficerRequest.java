package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * {@code mode} defaults to CAR; {@code authorities} empty or missing: every member under the purpose agreement. On an
 * update a missing {@code mode} or {@code authorities} keeps the officer's (an empty list clears the authorities).
 */
public record OfficerRequest(String name, String homeAgs, BigDecimal weeklyHours, List<String> qualifications,
                             Integer version, TravelMode mode, List<Authority> authorities) {

    public OfficerRequest(String name, String homeAgs, BigDecimal weeklyHours, List<String> qualifications,
                          Integer version) {
        this(name, homeAgs, weeklyHours, qualifications, version, null, null);
    }
}
