package org.asskomm.platform.api.admin;

import java.util.List;

/**
 * The module state of the whole cluster as the shared database holds it: the desired state, every node's report,
 * the nodes' last store operations and migration results.
 *
 * @param revision the current revision of the desired state (0 before the first change)
 * @since 1.1
 */
public record ClusterModules(long revision, List<DesiredModule> desired, List<NodeModules> nodes,
                             List<NodeOperation> operations, List<NodeMigration> migrations) {
}
