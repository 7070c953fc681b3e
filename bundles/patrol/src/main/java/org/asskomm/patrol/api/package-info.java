/** Patrol module API: compounds of municipalities, shared resources and their cost split, places, plans, logs. */
@Version("1.0.0")
@Export
package org.asskomm.patrol.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
