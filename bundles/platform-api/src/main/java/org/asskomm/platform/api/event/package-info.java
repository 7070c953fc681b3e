/**
 * The event catalogue: each module declares the events it publishes once, as constants of its API package
 * ({@link org.asskomm.platform.api.event.EventType}: topic, payload version, properties with their types), and
 * publishes them through the write pipeline ({@code Update.event(EventType, ...)}). Tests check every posted event
 * against the catalogue, and docs/events.md is generated from it. See docs/events.md.
 */
@Version("1.0.0")
@Export
package org.asskomm.platform.api.event;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
