package org.asskomm.councils.api;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/** The yearly prevention report of a council and the public state-wide statistics. */
@ProviderType
public interface CouncilReportService {

    /** The yearly report as a printable HTML page; readers of the council only. */
    String yearlyReportHtml(CurrentUser user, String councilId, int year);

    /** Public aggregates, no names. */
    CouncilStatistics statistics();
}
