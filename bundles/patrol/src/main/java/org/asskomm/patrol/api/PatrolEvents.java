package org.asskomm.patrol.api;

import static org.asskomm.platform.api.event.EventProperty.required;
import static org.asskomm.platform.api.event.PropertyType.DATE;
import static org.asskomm.platform.api.event.PropertyType.DATE_TIME;
import static org.asskomm.platform.api.event.PropertyType.ID;
import static org.asskomm.platform.api.event.PropertyType.INTEGER;
import static org.asskomm.platform.api.event.PropertyType.TEXT;
import static org.asskomm.platform.api.event.PropertyType.TEXT_LIST;

import java.util.ArrayList;
import java.util.List;

import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.platform.api.event.EventProperty;
import org.asskomm.platform.api.event.EventType;

/**
 * The events of the patrol module, posted after the change committed; docs/events.md is generated from
 * {@link #CATALOGUE}. A compound's records carry its lead municipality as {@code municipality}, except a patrol log,
 * which belongs to the member it was done for.
 */
public final class PatrolEvents {

    public static final String MODULE = "patrol";

    public static final EventProperty NAME = required("name", TEXT, "the compound's name");
    public static final EventProperty START_DATE = required("startDate", DATE, "the day the compound started");
    public static final EventProperty MEMBERS = required("members", TEXT_LIST,
            "the official keys of the member municipalities, the lead included");
    public static final EventProperty COMPOUND_ID = required("compoundId", ID, "the compound the record belongs to");
    public static final EventProperty VALID_FROM = required("validFrom", DATE, "the day the cost key applies from");
    public static final EventProperty KEY_TYPE = required("type", TEXT, "the kind of cost key");
    public static final EventProperty LOG_DATE = required("date", DATE, "the day of the shift (its start)");
    public static final EventProperty LOG_START = required("start", DATE_TIME, "when the shift started");
    public static final EventProperty LOG_END = required("end", DATE_TIME, "when the shift ended");
    public static final EventProperty WARNINGS = required("warnings", INTEGER, "the warnings given");
    public static final EventProperty FROM = required("from", DATE, "the first day planned");
    public static final EventProperty TO = required("to", DATE, "the last day planned");
    public static final EventProperty SHIFTS = required("shifts", INTEGER, "the shifts planned");
    public static final EventProperty RESOURCE_KIND = required("kind", TEXT, "the kind of shared resource");
    public static final EventProperty AT_PLACE = required("placeId", ID, "the place of the incident or order");
    public static final EventProperty OCCURRED_AT = required("incidentAt", DATE_TIME, "when the incident happened (not when it was reported)");
    public static final EventProperty PHOTO_ID = required("photoId", ID, "the photo added");
    public static final EventProperty PHOTO_TYPE = required("mediaType", TEXT, "image/jpeg or image/png, by content");
    public static final EventProperty DUE = required("due", DATE, "the day the order is due");
    public static final EventProperty ORDER_STATUS = required("status", TEXT, "OPEN or DONE");

    public static final EventType COMPOUND_CREATED = compound("CREATED", "An enforcement compound was founded.");
    public static final EventType COMPOUND_UPDATED = compound("UPDATED", "A compound's members or settings changed.");
    public static final EventType COST_KEY_CREATED = part("CostKey", "CREATED",
            "A new version of the compound's cost-sharing key applies from `validFrom`.", VALID_FROM, KEY_TYPE);
    public static final EventType PATROL_LOG_CREATED = part("PatrolLog", "CREATED",
            "A shift was logged for the member `municipality`; its day is `date`, not the day it was logged.",
            LOG_DATE, LOG_START, LOG_END, WARNINGS);
    public static final EventType PLACE_CREATED = part("Place", "CREATED", "A place to patrol was added.");
    public static final EventType PLACE_UPDATED = part("Place", "UPDATED", "A place to patrol was changed.");
    public static final EventType PLAN_CREATED = part("Plan", "CREATED", "A patrol plan was made.", FROM, TO, SHIFTS);
    public static final EventType RESOURCE_CREATED = part("Resource", "CREATED", "A shared resource was added.",
            RESOURCE_KIND);
    public static final EventType RESOURCE_UPDATED = part("Resource", "UPDATED", "A shared resource was changed.",
            RESOURCE_KIND);
    public static final EventType OFFICER_CREATED = part("Officer", "CREATED", "An officer joined the compound.");
    public static final EventType OFFICER_UPDATED = part("Officer", "UPDATED", "An officer's data changed.");

    public static final EventType INCIDENT_CREATED = part("Incident", "CREATED",
            "An incident was reported for the member `municipality` (the municipality of its place).", AT_PLACE,
            OCCURRED_AT);
    public static final EventType INCIDENT_PHOTO_ADDED = part("Incident", "PHOTO_ADDED",
            "A photo (JPEG or PNG, checked by content and size) was added to an incident report.", PHOTO_ID, PHOTO_TYPE);
    public static final EventType ORDER_CREATED = part("Order", "CREATED",
            "The office gave the field an order at a place of the member `municipality`, due on `due`.", AT_PLACE, DUE);
    public static final EventType ORDER_UPDATED = part("Order", "UPDATED", "An order was marked open or done.",
            ORDER_STATUS, DUE);
    public static final EventType ORDER_OVERDUE = part("Order", "OVERDUE",
            "An open order passed its due day: posted once by the hourly reminder run (again only after its status "
                    + "was set anew); `user` is `system`.", AT_PLACE, DUE);

    public static final EventCatalogue CATALOGUE = EventCatalogue.of(MODULE, COMPOUND_CREATED, COMPOUND_UPDATED,
            COST_KEY_CREATED, PATROL_LOG_CREATED, PLACE_CREATED, PLACE_UPDATED, PLAN_CREATED, RESOURCE_CREATED,
            RESOURCE_UPDATED, OFFICER_CREATED, OFFICER_UPDATED, INCIDENT_CREATED, INCIDENT_PHOTO_ADDED, ORDER_CREATED,
            ORDER_UPDATED, ORDER_OVERDUE);

    private PatrolEvents() {
    }

    private static EventType compound(String action, String description) {
        return EventType.of(MODULE, "Compound", action, 1, description, NAME, START_DATE, MEMBERS);
    }

    private static EventType part(String entity, String action, String description, EventProperty... more) {
        List<EventProperty> properties = new ArrayList<>(List.of(COMPOUND_ID));
        properties.addAll(List.of(more));
        return new EventType(MODULE, entity, action, 1, description, properties);
    }
}
