package org.asskomm.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

/** One intake of a programme, with its seats. */
public record Cohort(String id, String programmeId, String programmeTitle, String title, LocalDate intakeOn,
                     int semesters, int capacity, String place, @Money BigDecimal fee, OfferStatus status,
                     List<Session> sessions, long admitted, long waitlisted, int version) {
}
