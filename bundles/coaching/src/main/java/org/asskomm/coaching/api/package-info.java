/**
 * The coaching module's API: the pool of coaches, their assignment to a municipality's prevention coordinator, the
 * session log, the checklist of success conditions and the workload per coach.
 */
@Version("1.0.0")
@Export
package org.asskomm.coaching.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
