package org.asskomm.training.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.asskomm.platform.api.rest.Money;

/** Create a course (sessions required) or update it ({@code version} required; sessions then ignored). */
public record CourseRequest(String title, String description, Set<TargetGroup> targetGroups, CourseFormat format,
                            String place, Integer capacity, @Money BigDecimal fee, Integer creditHours,
                            List<SessionRequest> sessions, Integer version) {
}
