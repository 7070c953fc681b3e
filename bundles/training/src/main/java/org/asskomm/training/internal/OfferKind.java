package org.asskomm.training.internal;

import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.i18n.Message;

/** The two things people enrol in; both have seats, a waitlist counter and sessions. */
enum OfferKind {
    COURSE("training_course", "course_id", "starts_on"),
    COHORT("training_cohort", "cohort_id", "intake_on");

    final String table;
    /** The column in enrolments and sessions that points to this kind of offer. */
    final String foreignKey;
    /** The date after which applications are closed. */
    final String startColumn;

    OfferKind(String table, String foreignKey, String startColumn) {
        this.table = table;
        this.foreignKey = foreignKey;
        this.startColumn = startColumn;
    }

    String label() {
        return this == COURSE ? "course" : "cohort";
    }

    /** The name of this kind of offer in the reader's language. */
    Message entity() {
        return ConflictException.entity(this == COURSE ? "Course" : "Cohort");
    }
}
