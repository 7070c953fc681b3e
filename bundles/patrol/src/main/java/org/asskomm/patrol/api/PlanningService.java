package org.asskomm.patrol.api;

import java.math.BigDecimal;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The places to patrol and the plans (shifts with routes). Places belong to the lead and to the member they lie in;
 * plans to the lead.
 */
@ProviderType
public interface PlanningService {

    /** Daily working-time limit (Arbeitszeitgesetz: 10 hours at most), for plans and logs. */
    BigDecimal MAX_SHIFT_HOURS = BigDecimal.TEN;

    Place addPlace(CurrentUser user, String compoundId, PlaceRequest request);

    Place updatePlace(CurrentUser user, String compoundId, String placeId, PlaceRequest request);

    /** @param untouched filter on the untouched flag (optional) */
    Page<Place> places(CurrentUser user, String compoundId, String municipality, Boolean untouched, PageRequest page);

    Plan createPlan(CurrentUser user, String compoundId, PlanRequest request);

    Plan plan(CurrentUser user, String compoundId, String planId);
}
