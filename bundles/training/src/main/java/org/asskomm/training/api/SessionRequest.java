package org.asskomm.training.api;

import java.time.LocalDate;

public record SessionRequest(String title, LocalDate startsOn, LocalDate endsOn, String place) {
}
