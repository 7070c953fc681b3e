package org.asskomm.platform.api.admin;

import java.time.Instant;

/**
 * One entry of the cluster's desired module state (kept in the database all nodes share).
 *
 * @param feature   the module feature's name
 * @param version   the feature version the nodes install, null for the newest their repositories offer
 * @param group     the node group the entry is for, {@value #ALL_NODES} for every node; a group's own entry wins
 * @param wanted    true: installed; false: uninstalled (a feature without an entry is left as it is)
 * @param revision  the revision of the desired state this change created
 * @since 1.1
 */
public record DesiredModule(String feature, String version, String group, boolean wanted, long revision,
                            Instant changedAt, String changedBy) {

    /** The group of an entry that applies to every node. */
    public static final String ALL_NODES = "*";
}
