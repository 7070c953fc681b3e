/**
 * The councils module's API: coordination offices, prevention councils, members, working groups, meetings, tasks
 * and reports. 2.0.0: the one CouncilService of 1.0 split into one service per seam.
 */
@Version("2.2.0")
@Export
package org.asskomm.councils.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
