package org.asskomm.councils.api;

import java.time.LocalDate;

/** Gives out or changes a task; {@code doneOn} marks it done; {@code version} only for changes. */
public record TaskRequest(String meetingId, String title, String owner, LocalDate dueOn, LocalDate doneOn,
                          Integer version) {
}
