package org.asskomm.funding.api;

import java.util.List;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The funding programmes, run by the LPR (they belong to no municipality), with their figures from the ledger,
 * the budget reports across municipalities and the public statistics.
 */
@ProviderType
public interface ProgrammeService {

    Programme createProgramme(CurrentUser user, ProgrammeRequest request);

    /** The budget cannot drop below what is committed (409); the year cannot change (400). */
    Programme updateProgramme(CurrentUser user, String id, ProgrammeRequest request);

    Programme programme(CurrentUser user, String id);

    Page<Programme> programmes(CurrentUser user, Integer year, PageRequest page);

    /** For LPR staff and viewers: the budget use of a programme grouped by {@code dimension}. */
    List<ReportRow> report(CurrentUser user, String programmeId, ReportDimension dimension);

    /** Public, anonymous figures per programme. */
    List<Statistics> statistics();
}
