package org.asskomm.funding.api;

import java.time.LocalDate;
import java.util.List;

/** Action fields a safety analysis published for a municipality, as the analysis module reported them. */
public record KnownActionFields(String id, String municipality, LocalDate publishedOn, List<String> actionFields) {
}
