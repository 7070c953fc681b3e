/**
 * Internal to the platform: the registry's import, used by platform-rest's import endpoint.
 * Plugins use {@link org.asskomm.platform.api.MunicipalityDirectory} instead.
 */
@Version("0.1.0")
@Export
package org.asskomm.platform.core.municipality;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
