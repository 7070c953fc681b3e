package org.asskomm.platform.api.admin;

import java.time.Instant;
import java.util.List;

/**
 * What one node reports about its modules.
 *
 * @param node            the node's id ({@code asskomm.node}, by default host name and installation directory)
 * @param group           the node's group ({@code asskomm.node.group}, by default {@code default})
 * @param converged       true when the node applied the current desired revision and has every module as desired
 * @param alive           true when the node reported within the last 30 seconds
 * @param appliedRevision the desired-state revision the node last applied
 * @param installed       the module features installed on the node, as {@code name/version}
 * @param pending         what is still to do, as {@code install name/version} or {@code uninstall name}
 * @since 1.1
 */
public record NodeModules(String node, String group, boolean converged, boolean alive, long appliedRevision,
                          List<String> installed, List<String> pending, Instant reportedAt) {
}
