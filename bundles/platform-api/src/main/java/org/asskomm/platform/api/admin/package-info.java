/**
 * Administration of the platform itself: the municipal directory's import and the module catalogue. Implemented
 * by platform-core, used by platform-rest and the console; a module never needs these.
 */
@Version("1.1.0")
@Export
package org.asskomm.platform.api.admin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
