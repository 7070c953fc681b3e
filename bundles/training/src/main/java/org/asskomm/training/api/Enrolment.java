package org.asskomm.training.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's application for a course or cohort and their progress in it. {@code waitlistPosition} is the
 * ticket drawn when waitlisted (1, 2, 3, ... in arrival order per course/cohort).
 */
public record Enrolment(String id, String personId, String municipality, String courseId, String cohortId,
                        EnrolmentStatus status, Integer waitlistPosition, Instant appliedAt, LocalDate completedOn,
                        int creditHours, List<Document> documents, List<Attendance> attendance,
                        List<ModuleProgress> modules, String certificateCode, int version) {
}
