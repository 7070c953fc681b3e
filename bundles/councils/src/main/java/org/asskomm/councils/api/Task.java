package org.asskomm.councils.api;

import java.time.LocalDate;

/** A task given out by a council (usually in a meeting) with its owner and due date. */
public record Task(String id, String councilId, String meetingId, String title, String owner, LocalDate dueOn,
                   LocalDate doneOn, boolean overdue, int version) {
}
