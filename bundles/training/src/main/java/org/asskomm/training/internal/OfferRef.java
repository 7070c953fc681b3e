package org.asskomm.training.internal;

/** A course or cohort by id. */
record OfferRef(OfferKind kind, String id) {

    static OfferRef course(String id) {
        return new OfferRef(OfferKind.COURSE, id);
    }

    static OfferRef cohort(String id) {
        return new OfferRef(OfferKind.COHORT, id);
    }

    static OfferRef of(String courseId, String cohortId) {
        return courseId != null ? course(courseId) : cohort(cohortId);
    }
}
