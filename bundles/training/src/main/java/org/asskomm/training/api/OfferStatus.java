package org.asskomm.training.api;

/** Status of a course or cohort: applications are taken while OPEN. */
public enum OfferStatus {
    OPEN, CANCELLED, COMPLETED
}
