/** The councils module's API: coordination offices, prevention councils, members, working groups, meetings. */
@Version("1.0.0")
@Export
package org.asskomm.councils.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
