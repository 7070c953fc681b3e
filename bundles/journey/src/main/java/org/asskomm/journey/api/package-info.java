/**
 * The journey of a municipality: stages (first contact, consultations, agreement, council, coaching, safety analysis,
 * funded projects, patrol compound, and whatever the LPR adds), each reached by steps that are the modules'
 * documented events (docs/events.md). The stage list is data.
 */
@Version("1.0.0")
@Export
package org.asskomm.journey.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
