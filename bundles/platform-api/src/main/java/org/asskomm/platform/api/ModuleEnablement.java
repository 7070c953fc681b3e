package org.asskomm.platform.api;

import java.util.Map;
import java.util.Optional;
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

    /**
     * @return true when the state changed
     * @throws org.asskomm.platform.api.error.ConflictException when the LPR locked the module off there
     */
    boolean enable(CurrentUser by, String moduleId, String ags);

    /**
     * @return true when the state changed
     * @throws org.asskomm.platform.api.error.ConflictException when the LPR locked the module on there
     */
    boolean disable(CurrentUser by, String moduleId, String ags);

    /** The LPR's lock of the module for the municipality, if any. */
    Optional<ModuleLock> lock(String moduleId, String ags);

    /** The locks of a module, by municipality. */
    Map<String, ModuleLock> locks(String moduleId);

    /**
     * Locks the module on or off for the municipality (LPR admins only): switches it to that state and keeps the
     * municipality from switching it.
     *
     * @return true when the lock or the state changed
     */
    boolean lock(CurrentUser by, String moduleId, String ags, boolean enabled);

    /**
     * Lifts the lock (LPR admins only); the module stays in its state, which the municipality may switch again.
     *
     * @return true when there was a lock
     */
    boolean unlock(CurrentUser by, String moduleId, String ags);
}
