package org.asskomm.patrol.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/** A compound's shared resources (vehicles and their costs) and its officers; written by the lead municipality. */
@ProviderType
public interface ResourceService {

    SharedResource addResource(CurrentUser user, String compoundId, ResourceRequest request);

    SharedResource updateResource(CurrentUser user, String compoundId, String resourceId, ResourceRequest request);

    List<SharedResource> resources(CurrentUser user, String compoundId);

    Officer addOfficer(CurrentUser user, String compoundId, OfficerRequest request);

    Officer updateOfficer(CurrentUser user, String compoundId, String officerId, OfficerRequest request);

    List<Officer> officers(CurrentUser user, String compoundId);
}
