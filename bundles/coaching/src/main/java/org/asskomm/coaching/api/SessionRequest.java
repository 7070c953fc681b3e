package org.asskomm.coaching.api;

import java.time.LocalDate;
import java.util.List;

/** A session to log. */
public record SessionRequest(LocalDate date, List<String> topics, String nextSteps, String openPoints) {
}
