/** The few exceptions the REST layer maps to problem+json: 400, 401, 403, 404, 409. */
@Version("1.2.0")
@Export
package org.asskomm.platform.api.error;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
