package org.asskomm.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.rest.Money;

/** Create a cohort of a programme, or update it ({@code version} required; sessions then ignored). */
public record CohortRequest(String title, LocalDate intakeOn, Integer semesters, Integer capacity, String place,
                            @Money BigDecimal fee, List<SessionRequest> sessions, Integer version) {
}
