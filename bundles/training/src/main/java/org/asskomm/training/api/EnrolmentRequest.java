package org.asskomm.training.api;

import java.util.List;

/** Apply for exactly one of a course or a cohort. */
public record EnrolmentRequest(String personId, String courseId, String cohortId, List<Document> documents) {
}
