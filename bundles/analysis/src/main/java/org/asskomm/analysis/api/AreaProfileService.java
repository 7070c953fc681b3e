package org.asskomm.analysis.api;

import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Crime statistics imports and the area profile. An import posts
 * {@code org/asskomm/analysis/CrimeImport/IMPORTED} with {@code level} and {@code year}.
 */
@ProviderType
public interface AreaProfileService {

    /**
     * Imports a table in the layout of the BKA's T01 district table (docs/analysis-guide.md). District tables are
     * the LPR's to import; a MUNICIPALITY table is its municipality's. An import for a level and year already
     * imported is a 409 unless {@code replace}; the earlier import is then kept, marked superseded.
     */
    CrimeImport importTable(CurrentUser user, CrimeTableLevel level, String municipality, Integer year, String source,
                            String licence, String fileName, boolean replace, byte[] content);

    Page<CrimeImport> imports(CurrentUser user, CrimeTableLevel level, Integer year, PageRequest page);

    /** The profile of a municipality, optionally for one offence key and from/to years. */
    AreaProfile profile(CurrentUser user, String municipality, String offenceKey, Integer fromYear, Integer toYear);
}
