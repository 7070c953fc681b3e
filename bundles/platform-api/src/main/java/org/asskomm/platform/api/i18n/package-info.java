/**
 * Texts by message key, resolved per request locale: German by default, English on {@code Accept-Language: en}.
 * A bundle keeps its texts in {@code OSGI-INF/l10n/messages_de.properties} and {@code messages_en.properties}
 * (see {@link org.asskomm.platform.api.i18n.Message#BUNDLE_PATH}); the platform finds them in every started bundle.
 * Keys are prefixed with the module id ({@code agreements.notFound}); field labels are {@code field.<name>}.
 */
@Version("1.0.0")
@Export
package org.asskomm.platform.api.i18n;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
