/** Internal to the platform: the module store, used by platform-rest and the web console. */
@Version("0.1.0")
@Export
package org.asskomm.platform.core.store;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
