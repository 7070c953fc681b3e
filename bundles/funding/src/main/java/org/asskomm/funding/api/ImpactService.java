package org.asskomm.funding.api;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/** Impact evaluation (Erfolgskontrolle): indicator measurements per project and the programme's impact report. */
@ProviderType
public interface ImpactService {

    /** Records baseline and follow-up values of indicators of the application's concept (400 for an unknown one). */
    Impact recordImpact(CurrentUser user, String applicationId, ImpactRequest request);

    Impact impact(CurrentUser user, String applicationId);

    /** For LPR staff and viewers: the impact of every approved project of the programme. */
    ProgrammeImpact programmeImpact(CurrentUser user, String programmeId);
}
