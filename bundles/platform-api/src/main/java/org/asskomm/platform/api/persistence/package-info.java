/** Persistence: the shared database, transactions, per-module schema migrations, JDBC helpers. */
@Version("1.3.0")
@Export
package org.asskomm.platform.api.persistence;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
