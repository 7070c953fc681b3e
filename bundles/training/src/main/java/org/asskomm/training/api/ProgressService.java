package org.asskomm.training.api;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/** Progress of an enrolled participant, recorded by LPR admins. Event {@code org/asskomm/training/Enrolment/COMPLETED}. */
@ProviderType
public interface ProgressService {

    Enrolment recordAttendance(CurrentUser user, String enrolmentId, AttendanceRequest request);

    Enrolment recordModuleResult(CurrentUser user, String enrolmentId, String moduleId, ModuleResultRequest request);

    /** A course needs every session attended, a programme every module passed or recognised. */
    Enrolment complete(CurrentUser user, String enrolmentId);
}
