package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.util.List;

public record OfficerRequest(String name, String homeAgs, BigDecimal weeklyHours, List<String> qualifications,
                             Integer version) {
}
