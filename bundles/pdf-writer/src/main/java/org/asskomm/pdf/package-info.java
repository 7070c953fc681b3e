/**
 * A small, dependency-free PDF 1.4 writer for text documents (certificates, statements): A4 pages with the
 * standard fonts Helvetica and Helvetica-Bold in WinAnsiEncoding, so German text prints without embedding fonts;
 * tables and bar charts.
 */
@Version("1.1.0")
@Export
package org.asskomm.pdf;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
