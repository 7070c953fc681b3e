/**
 * API of the citizens' reports plugin (Bürgermeldungen): reports of incivilities (litter, graffiti, damaged
 * street lights, ...) with municipality, place, category and day, their handling status, and the events that
 * let other modules (patrol: hotspots) react to them.
 */
@Version("1.0.0")
@Export
package org.asskomm.examples.reports.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
