package org.asskomm.training.api;

import static org.asskomm.platform.api.event.EventProperty.optional;
import static org.asskomm.platform.api.event.EventProperty.required;
import static org.asskomm.platform.api.event.PropertyType.DATE;
import static org.asskomm.platform.api.event.PropertyType.ID;
import static org.asskomm.platform.api.event.PropertyType.INTEGER;
import static org.asskomm.platform.api.event.PropertyType.TEXT;
import static org.asskomm.platform.api.event.PropertyType.TIMESTAMP;

import java.util.ArrayList;
import java.util.List;

import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.platform.api.event.EventProperty;
import org.asskomm.platform.api.event.EventType;

/**
 * The events of the training module, posted after the change committed; docs/events.md is generated from
 * {@link #CATALOGUE}. Events carry no personal data: a person is named by id only. Catalogue records (courses,
 * programmes, cohorts) belong to the LPR and carry no {@code municipality}.
 */
public final class TrainingEvents {

    public static final String MODULE = "training";

    public static final EventProperty PERSON_ID = required("personId", ID, "the person who applied");
    public static final EventProperty COURSE_ID = optional("courseId", ID, "the course applied for (or cohortId)");
    public static final EventProperty COHORT_ID = optional("cohortId", ID, "the cohort applied for (or courseId)");
    public static final EventProperty APPLIED_AT = required("appliedAt", TIMESTAMP, "when the application was made");
    public static final EventProperty WAITLIST_POSITION = required("waitlistPosition", INTEGER,
            "the ticket drawn on the waitlist (1, 2, 3, ... per course or cohort)");
    public static final EventProperty PREVIOUS = required("previous", TEXT, "the enrolment's status before");
    public static final EventProperty COMPLETED_ON = required("completedOn", DATE, "the day of completion");
    public static final EventProperty CREDIT_HOURS = required("creditHours", INTEGER, "the credit hours earned");
    public static final EventProperty CODE = required("code", TEXT, "the certificate's verification code");
    public static final EventProperty ISSUED_ON = required("issuedOn", DATE, "the day of issue (the certificate's date)");

    public static final EventType COURSE_CREATED = record("Course", "CREATED", "The LPR offered a course.");
    public static final EventType COURSE_UPDATED = record("Course", "UPDATED", "The LPR changed an open course.");
    public static final EventType COURSE_CANCELLED = record("Course", "CANCELLED", "The LPR cancelled a course.");
    public static final EventType PROGRAMME_CREATED = record("Programme", "CREATED", "The LPR added a study programme.");
    public static final EventType COHORT_CREATED = record("Cohort", "CREATED", "The LPR opened a cohort of a programme.");
    public static final EventType COHORT_UPDATED = record("Cohort", "UPDATED", "The LPR changed an open cohort.");
    public static final EventType PERSON_CREATED = record("Person", "CREATED", "A municipality registered a person.");
    public static final EventType PERSON_UPDATED = record("Person", "UPDATED", "A person's data changed.");
    public static final EventType PERSON_ANONYMISED = record("Person", "ANONYMISED",
            "A person's personal data were erased; enrolments and certificates stay, without the person.");

    public static final EventType ADMITTED = enrolment("ADMITTED", "An application got a seat.", APPLIED_AT);
    public static final EventType WAITLISTED = enrolment("WAITLISTED", "An application went onto the waitlist.",
            APPLIED_AT, WAITLIST_POSITION);
    public static final EventType MOVED_UP = enrolment("MOVED_UP",
            "A seat became free: a waitlisted application was admitted (the person is notified).", PREVIOUS,
            WAITLIST_POSITION);
    public static final EventType ENROLLED = enrolment("ENROLLED", "The person confirmed the seat.", PREVIOUS);
    public static final EventType WITHDRAWN = enrolment("WITHDRAWN", "The application was withdrawn.", PREVIOUS);
    public static final EventType REJECTED = enrolment("REJECTED", "The LPR rejected the application.", PREVIOUS);
    public static final EventType COMPLETED = enrolment("COMPLETED", "The person completed the course or programme.",
            COMPLETED_ON, CREDIT_HOURS);
    public static final EventType CERTIFICATE_ISSUED = EventType.of(MODULE, "Certificate", "ISSUED", 1,
            "The LPR issued the certificate of a completed enrolment (`id` is the enrolment's).", CODE, ISSUED_ON);

    public static final EventCatalogue CATALOGUE = EventCatalogue.of(MODULE, COURSE_CREATED, COURSE_UPDATED,
            COURSE_CANCELLED, PROGRAMME_CREATED, COHORT_CREATED, COHORT_UPDATED, PERSON_CREATED, PERSON_UPDATED,
            PERSON_ANONYMISED, ADMITTED, WAITLISTED, MOVED_UP, ENROLLED, WITHDRAWN, REJECTED, COMPLETED,
            CERTIFICATE_ISSUED);

    private TrainingEvents() {
    }

    private static EventType record(String entity, String action, String description) {
        return EventType.of(MODULE, entity, action, 1, description);
    }

    private static EventType enrolment(String action, String description, EventProperty... more) {
        List<EventProperty> properties = new ArrayList<>(List.of(PERSON_ID, COURSE_ID, COHORT_ID));
        properties.addAll(List.of(more));
        return new EventType(MODULE, "Enrolment", action, 1, description, properties);
    }
}
