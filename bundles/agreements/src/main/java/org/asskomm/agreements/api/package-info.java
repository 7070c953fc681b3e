/** The agreements module's API: cooperation agreements, purpose agreements, consultations. */
@Version("1.2.0")
@Export
package org.asskomm.agreements.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
