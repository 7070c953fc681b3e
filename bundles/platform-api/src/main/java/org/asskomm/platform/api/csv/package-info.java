/**
 * CSV for spreadsheets: RFC 4180 quoting and a guard against formula injection, the one writer every module
 * uses for its CSV downloads.
 */
@Version("1.1.0")
@Export
package org.asskomm.platform.api.csv;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
