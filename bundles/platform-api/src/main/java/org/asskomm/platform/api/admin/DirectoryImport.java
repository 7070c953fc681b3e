package org.asskomm.platform.api.admin;

import java.io.IOException;
import java.io.InputStream;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/** Re-imports the municipal directory; offered by the platform's municipality registry. */
@ProviderType
public interface DirectoryImport {

    /**
     * Imports a directory file of the shipped format (Destatis GV100AD as CSV): new keys are added, changed rows
     * updated, keys missing from the file retired (kept, so links from module data survive). All or nothing;
     * LPR admins only.
     */
    ImportResult importDirectory(CurrentUser user, InputStream csv) throws IOException;
}
