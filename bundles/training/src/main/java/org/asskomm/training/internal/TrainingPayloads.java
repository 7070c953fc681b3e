package org.asskomm.training.internal;

import java.util.Map;

import org.asskomm.platform.api.event.EventPayload;
import org.asskomm.platform.api.event.EventType;
import org.asskomm.platform.api.write.EventProperties;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.TrainingEvents;

/** The payloads of the module's events ({@link TrainingEvents}), taken from the record before and after the change. */
final class TrainingPayloads {

    private TrainingPayloads() {
    }

    /** The enrolment event {@code action}; {@code before} is null for an application. */
    static Map<String, Object> enrolment(String action, Enrolment before, Enrolment after) {
        EventType type = TrainingEvents.CATALOGUE.require("Enrolment", action);
        EventPayload payload = type.payload().with(TrainingEvents.PERSON_ID, after.personId())
                .with(TrainingEvents.COURSE_ID, after.courseId()).with(TrainingEvents.COHORT_ID, after.cohortId());
        if (before == null) {
            payload.with(TrainingEvents.APPLIED_AT, after.appliedAt());
        } else if (type != TrainingEvents.COMPLETED) {
            payload.with(TrainingEvents.PREVIOUS, before.status());
        }
        if (type == TrainingEvents.WAITLISTED) {
            payload.with(TrainingEvents.WAITLIST_POSITION, after.waitlistPosition());
        } else if (type == TrainingEvents.MOVED_UP) {
            payload.with(TrainingEvents.WAITLIST_POSITION, before.waitlistPosition());
        } else if (type == TrainingEvents.COMPLETED) {
            payload.with(TrainingEvents.COMPLETED_ON, after.completedOn())
                    .with(TrainingEvents.CREDIT_HOURS, after.creditHours());
        }
        return payload.build();
    }

    /** The enrolment event {@code action} as the pipeline's event properties. */
    static EventProperties<Enrolment> enrolment(String action) {
        return (before, after) -> enrolment(action, before, after);
    }

    static Map<String, Object> issued(CertificateState after) {
        return TrainingEvents.CERTIFICATE_ISSUED.payload().with(TrainingEvents.CODE, after.code())
                .with(TrainingEvents.ISSUED_ON, after.issuedOn()).build();
    }
}
