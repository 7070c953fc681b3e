/** The safety analysis module's API: analysis projects, the area profile, the citizen survey. */
@Version("1.1.0")
@Export
package org.asskomm.analysis.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
