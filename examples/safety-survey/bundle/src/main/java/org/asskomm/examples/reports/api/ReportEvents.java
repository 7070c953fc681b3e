package org.asskomm.examples.reports.api;

import static org.asskomm.platform.api.event.EventProperty.optional;
import static org.asskomm.platform.api.event.EventProperty.required;
import static org.asskomm.platform.api.event.PropertyType.DATE;
import static org.asskomm.platform.api.event.PropertyType.TEXT;

import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.platform.api.event.EventProperty;
import org.asskomm.platform.api.event.EventType;

/**
 * Every event the plugin posts, below {@code org/asskomm/citizenreports/}. {@code Report/CREATED} follows the
 * generic report topic that other modules react to without importing this plugin (docs/events.md, "Reactions":
 * the patrol module turns reports into hotspots).
 */
public final class ReportEvents {

    public static final String MODULE = "citizenreports";

    public static final EventProperty CATEGORY = required("category", TEXT,
            "what was reported: LITTER, ILLEGAL_DUMPING, GRAFFITI, STREET_LIGHT, VANDALISM, NOISE or OTHER");
    public static final EventProperty PLACE = optional("place", TEXT, "the citizen's description of the place");
    public static final EventProperty LATITUDE = optional("latitude", TEXT,
            "WGS84 latitude as a decimal string, e.g. 50.8563 (with longitude, or neither)");
    public static final EventProperty LONGITUDE = optional("longitude", TEXT,
            "WGS84 longitude as a decimal string, e.g. 13.0721");
    public static final EventProperty REPORTED_ON = required("reportedOn", DATE,
            "the day the citizen reported it (date a reaction by this, not by the event)");
    public static final EventProperty STATUS = required("status", TEXT, "the new status: IN_PROGRESS or RESOLVED");
    public static final EventProperty PREVIOUS = required("previous", TEXT, "the status before");

    public static final EventType REPORT_CREATED = EventType.of(MODULE, "Report", "CREATED", 1,
            "A citizen's report was recorded.", CATEGORY, PLACE, LATITUDE, LONGITUDE, REPORTED_ON);
    public static final EventType REPORT_STATUS_CHANGED = EventType.of(MODULE, "Report", "STATUS_CHANGED", 1,
            "A report moved to its next status.", STATUS, PREVIOUS);

    public static final EventCatalogue CATALOGUE = EventCatalogue.of(MODULE, REPORT_CREATED, REPORT_STATUS_CHANGED);

    private ReportEvents() {
    }
}
