package org.asskomm.councils.api;

import java.time.LocalDate;
import java.util.List;

/** Records or changes a meeting; {@code version} only for changes. */
public record MeetingRequest(LocalDate heldOn, String title, String location, List<String> agenda,
                             List<String> attendeeIds, Integer version) {
}
