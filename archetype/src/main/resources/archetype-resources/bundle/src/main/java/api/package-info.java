/**
 * The plugin's API: what other bundles may use. Exported with a semantic version; raise the minor
 * version for additions, the major version for anything that breaks a consumer.
 */
@Version("1.0.0")
@Export
package ${package}.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
