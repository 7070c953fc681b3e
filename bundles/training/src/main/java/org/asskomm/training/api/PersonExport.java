package org.asskomm.training.api;

import java.util.List;

/** Everything stored about a person (GDPR Art. 15). */
public record PersonExport(Person person, List<Enrolment> enrolments, List<Notification> notifications) {
}
