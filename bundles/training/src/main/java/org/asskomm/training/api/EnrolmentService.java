package org.asskomm.training.api;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Applications for courses and cohorts, their seats and waitlists. Events
 * {@code org/asskomm/training/Enrolment/<status reached>} (ADMITTED, WAITLISTED, ENROLLED, WITHDRAWN, REJECTED)
 * and {@code .../Enrolment/MOVED_UP} when a freed seat admits the next on the waitlist.
 */
@ProviderType
public interface EnrolmentService {

    Enrolment apply(CurrentUser user, EnrolmentRequest request);

    Enrolment enrolment(CurrentUser user, String id);

    Page<Enrolment> enrolments(CurrentUser user, String courseId, String cohortId, String personId,
                               String municipality, EnrolmentStatus status, PageRequest page);

    Enrolment confirm(CurrentUser user, String id);

    Enrolment withdraw(CurrentUser user, String id);

    Enrolment reject(CurrentUser user, String id);

    Page<Notification> notifications(CurrentUser user, String municipality, PageRequest page);
}
