package org.asskomm.platform.api.admin;

import java.util.List;
import java.util.Optional;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The module store: the module features this instance can install, and their installation at run time.
 * Changes are LPR-admin only, run in the background and are kept as desired state, so they survive a restart.
 */
@ProviderType
public interface ModuleCatalogue {

    /** Every module feature in the instance's repositories, by name. */
    List<ModuleFeature> list();

    /** @throws org.asskomm.platform.api.error.NotFoundException when no repository offers the feature */
    ModuleFeature get(String name);

    /** Adds the feature to the desired set and installs it in the background. */
    FeatureStatus install(CurrentUser user, String name);

    /** Removes the feature from the desired set and uninstalls it in the background; its data stays. */
    FeatureStatus uninstall(CurrentUser user, String name);

    /** The last install or uninstall of the feature, empty when there was none since start. */
    Optional<FeatureStatus> status(String name);

    /** Adds a features repository (or KAR) by {@code mvn:}, {@code file:} or {@code http(s):} URI. */
    List<ModuleFeature> addRepository(CurrentUser user, String uri);
}
