package org.asskomm.funding.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/** Which programmes publish their funded projects, and those projects (decision 0015). */
@ProviderType
public interface PublicResults {

    Publication publication(CurrentUser user, String programmeId);

    /** LPR admins; the programme's version as for any change of it (409 when stale). */
    Publication setPublication(CurrentUser user, String programmeId, PublicationRequest request);

    /** Public: the projects with money committed of the programmes that publish their results. */
    List<FundedProject> fundedProjects();
}
