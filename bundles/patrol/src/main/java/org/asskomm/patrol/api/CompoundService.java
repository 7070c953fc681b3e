package org.asskomm.patrol.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The compounds (Verbünde), their members and cost-key versions. Members of a compound (municipal staff of any
 * member that enabled the module) see it; LPR admins and viewers see all compounds; everybody else gets 404.
 * Compound-wide writes belong to the lead municipality, and every member must have enabled the module.
 */
@ProviderType
public interface CompoundService {

    Compound createCompound(CurrentUser user, CompoundRequest request);

    Compound updateCompound(CurrentUser user, String compoundId, CompoundRequest request);

    Compound compound(CurrentUser user, String compoundId);

    /** @param municipality only compounds this municipality is a member of (optional) */
    Page<Compound> compounds(CurrentUser user, String municipality, PageRequest page);

    CostKey addCostKey(CurrentUser user, String compoundId, CostKeyRequest request);

    /** Every version, oldest first. */
    List<CostKey> costKeys(CurrentUser user, String compoundId);
}
