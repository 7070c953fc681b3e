package org.asskomm.platform.api.admin;

import java.time.Instant;

/**
 * The result of a module's last schema migration run on one node: the version in force afterwards and, when it
 * failed, why (null when it succeeded).
 *
 * @since 1.1
 */
public record NodeMigration(String node, String moduleId, int version, String error, Instant at) {
}
