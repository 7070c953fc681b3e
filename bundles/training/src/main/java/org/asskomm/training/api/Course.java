package org.asskomm.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.asskomm.platform.api.rest.Money;

/**
 * A state-wide training course. {@code fee} 0 means free; {@code admitted} counts the seats taken,
 * {@code waitlisted} the people waiting.
 */
public record Course(String id, String title, String description, Set<TargetGroup> targetGroups, CourseFormat format,
                     String place, int capacity, @Money BigDecimal fee, boolean free, int creditHours, OfferStatus status,
                     LocalDate startsOn, List<Session> sessions, long admitted, long waitlisted, int version) {
}
