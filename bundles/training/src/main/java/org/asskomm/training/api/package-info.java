/** The training module's API: catalogue, people, enrolments, progress, certificates, statistics (one service each). */
@Version("2.1.0")
@Export
package org.asskomm.training.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
