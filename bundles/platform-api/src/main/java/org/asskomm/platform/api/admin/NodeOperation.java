package org.asskomm.platform.api.admin;

/**
 * The last module-store operation on a feature on one node.
 *
 * @since 1.1
 */
public record NodeOperation(String node, FeatureStatus status) {
}
