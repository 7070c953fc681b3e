package org.asskomm.councils.api;

import static org.asskomm.platform.api.event.EventProperty.required;
import static org.asskomm.platform.api.event.PropertyType.DATE;
import static org.asskomm.platform.api.event.PropertyType.TEXT;
import static org.asskomm.platform.api.event.PropertyType.TEXT_LIST;

import java.util.Map;

import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.platform.api.event.EventProperty;
import org.asskomm.platform.api.event.EventType;

/**
 * The events of the councils module, posted after the change committed; docs/events.md is generated from
 * {@link #CATALOGUE}. Members, meetings, tasks and working groups post no events (they are audited).
 */
public final class CouncilEvents {

    public static final String MODULE = CouncilService.MODULE_ID;

    public static final EventProperty NAME = required("name", TEXT, "the council's name");
    public static final EventProperty SCOPE = required("scope", TEXT, "MUNICIPALITY, INTER_MUNICIPAL or DISTRICT");
    public static final EventProperty PARTNERS = required("partnerMunicipalities", TEXT_LIST,
            "the official keys of the partner municipalities of an inter-municipal council (else empty)");
    public static final EventProperty PLANNED_ON = required("date", DATE,
            "the day the council and its coordination office are planned from (for a council opened by a signed "
                    + "agreement: the signing day)");
    public static final EventProperty PREVIOUS = required("previous", TEXT, "the status before the change");
    public static final EventProperty STATUS_ON = required("date", DATE,
            "the day the status was reached (as recorded, e.g. the day the rules of procedure were signed)");

    public static final EventType CREATED = EventType.of(MODULE, "Council", "CREATED", 1,
            "A council was planned (status PLANNED), by its municipality or as the reaction to a signed cooperation "
                    + "agreement (`user` is then `system`).", NAME, SCOPE, PARTNERS, PLANNED_ON);
    public static final EventType COORDINATION_OFFICE = status("COORDINATION_OFFICE",
            "The coordination office was set up (from `date`).");
    public static final EventType CONSTITUTED = status("CONSTITUTED",
            "The council was constituted by signing its rules of procedure on `date`.");
    public static final EventType DORMANT = status("DORMANT", "The council fell dormant.");
    public static final EventType REACTIVATED = status("REACTIVATED", "The council works again.");

    public static final EventCatalogue CATALOGUE = EventCatalogue.of(MODULE, CREATED, COORDINATION_OFFICE,
            CONSTITUTED, DORMANT, REACTIVATED);

    private static final Map<CouncilStatus, EventType> REACHED = Map.of(CouncilStatus.COORDINATION_OFFICE,
            COORDINATION_OFFICE, CouncilStatus.CONSTITUTED, CONSTITUTED, CouncilStatus.DORMANT, DORMANT,
            CouncilStatus.REACTIVATED, REACTIVATED);

    private CouncilEvents() {
    }

    /** The event of a council reaching {@code status} (a council starts PLANNED: {@link #CREATED}). */
    public static EventType reached(CouncilStatus status) {
        EventType type = REACHED.get(status);
        if (type == null) {
            throw new IllegalArgumentException("no council reaches " + status + " by a change of status");
        }
        return type;
    }

    private static EventType status(String status, String description) {
        return EventType.of(MODULE, "Council", status, 1, description, PREVIOUS, STATUS_ON);
    }
}
