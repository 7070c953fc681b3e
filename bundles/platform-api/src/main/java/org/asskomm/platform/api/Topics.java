package org.asskomm.platform.api;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.event.Event;

/**
 * Event topic naming: {@code org/asskomm/<module>/<Entity>/<ACTION>}, posted through the OSGi EventAdmin.
 * Modules react to each other only through such events, never through compile-time dependencies.
 */
public final class Topics {

    /** Event property: the official key of the municipality concerned. */
    public static final String MUNICIPALITY = "municipality";
    /** Event property: the id of the entity concerned. */
    public static final String ENTITY_ID = "id";
    /** Event property: the user who caused the event. */
    public static final String USER = "user";

    private Topics() {
    }

    public static String of(String module, String entity, String action) {
        return "org/asskomm/" + module + "/" + entity + "/" + action;
    }

    /** An event with the standard properties; post it with {@code EventAdmin.postEvent} after the commit. */
    public static Event event(String module, String entity, String action, String municipality, Object entityId,
                              CurrentUser user) {
        return event(module, entity, action, municipality, entityId, user, Map.of());
    }

    /** As above, with module-specific properties (documented by the module that posts them). */
    public static Event event(String module, String entity, String action, String municipality, Object entityId,
                              CurrentUser user, Map<String, ?> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        if (municipality != null) {
            properties.put(MUNICIPALITY, municipality);
        }
        properties.put(ENTITY_ID, String.valueOf(entityId));
        if (user != null && user.name() != null) {
            properties.put(USER, user.name());
        }
        return new Event(of(module, entity, action), properties);
    }
}
