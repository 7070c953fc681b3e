package org.asskomm.platform.api;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Which municipality has enabled which module. A state-wide instance serves many municipalities;
 * each enables what it needs, and modules refuse work for municipalities that have not.
 */
@ProviderType
public interface ModuleEnablement {

    boolean isEnabled(String moduleId, String ags);

    /** @throws org.asskomm.platform.api.error.ModuleNotEnabledException when the module is not enabled there */
    void requireEnabled(String moduleId, String ags);

    Set<String> enabledMunicipalities(String moduleId);

    /**
     * The guard in front of every write of a module: the user may act for the municipality and the
     * municipality has enabled the module (403 problem otherwise).
     */
    default void checkWrite(CurrentUser user, String moduleId, String ags) {
        user.requireActFor(ags);
        requireEnabled(moduleId, ags);
    }

    /** @return true when the state changed */
    boolean enable(CurrentUser by, String moduleId, String ags);

    /** @return true when the state changed */
    boolean disable(CurrentUser by, String moduleId, String ags);
}
