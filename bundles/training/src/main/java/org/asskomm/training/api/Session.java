package org.asskomm.training.api;

import java.time.LocalDate;

/** One date of a course or cohort (a day, a weekend). */
public record Session(String id, int position, String title, LocalDate startsOn, LocalDate endsOn, String place) {
}
