/** Core types of the platform API: modules, municipalities, users, paging, event topics. */
@Version("1.1.0")
@Export
package org.asskomm.platform.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
