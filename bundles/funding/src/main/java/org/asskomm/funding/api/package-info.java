/** The funding module's published types: programmes, applications, decisions, ledger, reports. */
@Version("2.3.0")
@Export
package org.asskomm.funding.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
