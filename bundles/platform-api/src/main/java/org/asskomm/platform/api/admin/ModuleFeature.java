package org.asskomm.platform.api.admin;

/**
 * A module feature the instance can install: any feature that depends on {@code asskomm-core}
 * (built-in modules and third-party plugins alike), except the aggregate {@code asskomm-all}.
 *
 * @param moduleId  the module id used for enablement: the id of the {@code ModuleDescriptor} that the feature's
 *                  bundles register while it is installed, else the feature name without {@code asskomm-}
 * @param enabledFor how many municipalities enabled the module (when installed)
 */
public record ModuleFeature(String name, String title, String description, String version, boolean installed,
                            String moduleId, int enabledFor, FeatureStatus lastOperation) {
}
