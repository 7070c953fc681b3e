package org.asskomm.councils.api;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Prevention councils, their lifecycle and their coordination office. Every method of this module's services
 * checks the user: writes need the right to act for the council's lead municipality and the module enabled there;
 * reads are limited to what the user may see.
 */
@ProviderType
public interface CouncilService {

    String MODULE_ID = "councils";

    Council create(CurrentUser user, CouncilRequest request);

    /**
     * Opens the municipality's council as PLANNED with a coordination office to be set up, unless the
     * municipality already belongs to a local council (idempotent; the reaction to a signed agreement).
     *
     * @return the new council, or null when one existed
     */
    Council openPlannedIfAbsent(CurrentUser user, String ags, LocalDate plannedOn, String note);

    Council get(CurrentUser user, String councilId);

    /** Filters are optional (null = any). */
    Page<Council> list(CurrentUser user, String municipality, CouncilStatus status, String district, PageRequest page);

    Council update(CurrentUser user, String councilId, CouncilUpdate update);

    Council changeStatus(CurrentUser user, String councilId, StatusChange change);

    List<StatusHistoryEntry> history(CurrentUser user, String councilId);

    // --- coordination office
    CoordinationOffice office(CurrentUser user, String councilId);

    CoordinationOffice updateOffice(CurrentUser user, String councilId, OfficeUpdate update);
}
