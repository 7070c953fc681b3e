package org.asskomm.platform.api.admin;

import java.util.List;
import java.util.Optional;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The module store: the module features this instance can install, and their installation at run time.
 * Changes are LPR-admin only, run in the background and are kept as desired state in the database all nodes
 * share, so they survive a restart and every node of the cluster converges to them.
 */
@ProviderType
public interface ModuleCatalogue {

    /** Every module feature in the instance's repositories, by name. */
    List<ModuleFeature> list();

    /** @throws org.asskomm.platform.api.error.NotFoundException when no repository offers the feature */
    ModuleFeature get(String name);

    /** Adds the feature to the desired set of every node and installs it in the background. */
    FeatureStatus install(CurrentUser user, String name);

    /**
     * Makes the feature, at the given version (null: the newest offered), desired on the nodes of the group
     * ({@link DesiredModule#ALL_NODES} or null: every node); each node of the group installs it in the background.
     *
     * @return this node's operation, or a {@code QUEUED} status when the group does not include this node
     * @since 1.1
     */
    FeatureStatus install(CurrentUser user, String name, String version, String group);

    /** Removes the feature from the desired set of every node and uninstalls it in the background; its data stays. */
    FeatureStatus uninstall(CurrentUser user, String name);

    /**
     * Marks the feature as not desired on the nodes of the group (null: every node); they uninstall it.
     *
     * @since 1.1
     */
    FeatureStatus uninstall(CurrentUser user, String name, String group);

    /**
     * The desired module state of the cluster, each node's report, operations and migration results.
     *
     * @since 1.1
     */
    ClusterModules cluster();

    /** The last install or uninstall of the feature, empty when there was none since start. */
    Optional<FeatureStatus> status(String name);

    /** Adds a features repository (or KAR) by {@code mvn:}, {@code file:} or {@code http(s):} URI. */
    List<ModuleFeature> addRepository(CurrentUser user, String uri);
}
