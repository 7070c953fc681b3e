/** The audit log every write is recorded in. */
@Version("1.2.0")
@Export
package org.asskomm.platform.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
