package org.asskomm.patrol.api;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** The patrol log: what was done, in whose name (the lead or the member itself writes it), and offence categories. */
@ProviderType
public interface PatrolLogService {

    PatrolLog addLog(CurrentUser user, String compoundId, LogRequest request);

    Page<PatrolLog> logs(CurrentUser user, String compoundId, String municipality, LocalDate from, LocalDate to,
                         PageRequest page);

    List<OffenceCategory> offenceCategories();

    /** LPR admins extend the list of offence categories. */
    OffenceCategory addOffenceCategory(CurrentUser user, OffenceCategory category);
}
