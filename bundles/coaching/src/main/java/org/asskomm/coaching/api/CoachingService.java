package org.asskomm.coaching.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Coaching: the LPR keeps the pool and assigns coaches; a municipality logs its sessions and its checklist. */
@ProviderType
public interface CoachingService {

    String MODULE_ID = "coaching";

    Coach createCoach(CurrentUser user, CoachRequest request);

    Coach updateCoach(CurrentUser user, UUID id, CoachRequest request);

    Coach coach(CurrentUser user, UUID id);

    /** Coaches, optionally of one region and/or with one topic. */
    Page<Coach> coaches(CurrentUser user, String region, String topic, PageRequest page);

    Assignment assign(CurrentUser user, AssignmentRequest request);

    Assignment assignment(CurrentUser user, UUID id);

    /** Assignments the user may read, optionally of one municipality, one coach, only running ones. */
    Page<Assignment> assignments(CurrentUser user, String municipality, UUID coachId, Boolean active, PageRequest page);

    Assignment end(CurrentUser user, UUID id, AssignmentEnd end);

    Assignment check(CurrentUser user, UUID id, ChecklistUpdate update);

    CoachingSession logSession(CurrentUser user, UUID assignmentId, SessionRequest request);

    List<CoachingSession> sessions(CurrentUser user, UUID assignmentId);

    /** Every coach's workload on {@code asOf} (LPR admins and viewers). */
    List<Workload> workload(CurrentUser user, LocalDate asOf);
}
