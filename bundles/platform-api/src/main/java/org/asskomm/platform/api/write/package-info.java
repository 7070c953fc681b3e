/**
 * The write pipeline: the one way a module changes a record. The module says what changes; the platform checks the
 * right, runs one transaction, loads the record before and after, records the audit entry and publishes the event
 * after the commit. See docs/decisions/0007-write-pipeline.md.
 */
@Version("1.2.0")
@Export
package org.asskomm.platform.api.write;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
