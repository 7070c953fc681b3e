package org.asskomm.examples.reports.api;

import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Citizens' reports of incivilities (Bürgermeldungen) of municipalities. */
@ProviderType
public interface ReportService {

    Report create(CurrentUser user, ReportDraft draft);

    Report get(CurrentUser user, UUID id);

    Page<Report> list(CurrentUser user, String municipality, ReportCategory category, ReportStatus status,
                      PageRequest page);

    Report changeStatus(CurrentUser user, UUID id, StatusChange change);
}
