package org.asskomm.patrol.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The patrol module's rules. Members of a compound (municipal staff of any member that enabled the module)
 * see it; LPR admins and viewers see all compounds; everybody else gets 404. Compound-wide writes (members,
 * keys, resources, officers, plans) belong to the lead municipality; places and logs also to the member
 * they belong to.
 */
@ProviderType
public interface PatrolService {

    String MODULE_ID = "patrol";
    /** Daily working-time limit (Arbeitszeitgesetz: 10 hours at most). */
    BigDecimal MAX_SHIFT_HOURS = BigDecimal.TEN;

    Compound createCompound(CurrentUser user, CompoundRequest request);

    Compound updateCompound(CurrentUser user, String compoundId, CompoundRequest request);

    Compound compound(CurrentUser user, String compoundId);

    /** @param municipality only compounds this municipality is a member of (optional) */
    Page<Compound> compounds(CurrentUser user, String municipality, PageRequest page);

    CostKey addCostKey(CurrentUser user, String compoundId, CostKeyRequest request);

    /** Every version, oldest first. */
    List<CostKey> costKeys(CurrentUser user, String compoundId);

    SharedResource addResource(CurrentUser user, String compoundId, ResourceRequest request);

    SharedResource updateResource(CurrentUser user, String compoundId, String resourceId, ResourceRequest request);

    List<SharedResource> resources(CurrentUser user, String compoundId);

    Officer addOfficer(CurrentUser user, String compoundId, OfficerRequest request);

    Officer updateOfficer(CurrentUser user, String compoundId, String officerId, OfficerRequest request);

    List<Officer> officers(CurrentUser user, String compoundId);

    Place addPlace(CurrentUser user, String compoundId, PlaceRequest request);

    Place updatePlace(CurrentUser user, String compoundId, String placeId, PlaceRequest request);

    /** @param untouched filter on the untouched flag (optional) */
    Page<Place> places(CurrentUser user, String compoundId, String municipality, Boolean untouched, PageRequest page);

    Plan createPlan(CurrentUser user, String compoundId, PlanRequest request);

    Plan plan(CurrentUser user, String compoundId, String planId);

    PatrolLog addLog(CurrentUser user, String compoundId, LogRequest request);

    Page<PatrolLog> logs(CurrentUser user, String compoundId, String municipality, LocalDate from, LocalDate to,
                         PageRequest page);

    Coverage coverage(CurrentUser user, String compoundId, int days, LocalDate asOf);

    CostStatement statement(CurrentUser user, String compoundId, YearMonth month);

    List<OffenceCategory> offenceCategories();

    /** LPR admins extend the list of offence categories. */
    OffenceCategory addOffenceCategory(CurrentUser user, OffenceCategory category);
}
