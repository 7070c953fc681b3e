package org.asskomm.platform.api.event;

import java.util.Objects;

/**
 * One property of an event's payload.
 *
 * @param name        the property name, e.g. {@code signedOn}
 * @param type        how its value is posted
 * @param required    whether every event of the type carries it (an optional one is absent when there is no value)
 * @param description what it means, for the catalogue's documentation
 */
public record EventProperty(String name, PropertyType type, boolean required, String description) {

    public EventProperty {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("an event property name is lowerCamelCase: " + name);
        }
    }

    /** A property every event of the type carries. */
    public static EventProperty required(String name, PropertyType type, String description) {
        return new EventProperty(name, type, true, description);
    }

    /** A property that is absent when there is no value. */
    public static EventProperty optional(String name, PropertyType type, String description) {
        return new EventProperty(name, type, false, description);
    }
}
