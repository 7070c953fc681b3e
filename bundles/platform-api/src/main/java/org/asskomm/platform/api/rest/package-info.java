/** Conventions for REST resources of modules. */
@Version("1.3.0")
@Export
package org.asskomm.platform.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
