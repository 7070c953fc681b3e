package org.asskomm.patrol.api;

import java.time.LocalDate;
import java.time.YearMonth;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/** What the patrol log adds up to: coverage of the places and the monthly cost statement; read by the members. */
@ProviderType
public interface StatementService {

    Coverage coverage(CurrentUser user, String compoundId, int days, LocalDate asOf);

    CostStatement statement(CurrentUser user, String compoundId, YearMonth month);
}
