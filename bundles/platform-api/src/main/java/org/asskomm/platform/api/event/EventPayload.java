package org.asskomm.platform.api.event;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds the module-specific properties of one event, checked against its {@link EventType}: a property of another
 * type or a value of the wrong kind is a programming error, found by the first test that posts the event.
 *
 * <pre>{@code
 * .event(AgreementEvents.SIGNED, (before, after) -> AgreementEvents.SIGNED.payload()
 *         .with(AgreementEvents.DATE, after.signedOn()).with(AgreementEvents.PLACE, after.signedAt()).build())
 * }</pre>
 */
public final class EventPayload {

    private final EventType type;
    private final Map<String, Object> values = new LinkedHashMap<>();

    EventPayload(EventType type) {
        this.type = type;
    }

    /**
     * Sets a property, converted to its posted form ({@link PropertyType#encode}); a null value leaves it out.
     *
     * @throws IllegalArgumentException when the type does not declare the property or the value has another type
     */
    public EventPayload with(EventProperty property, Object value) {
        if (!type.properties().contains(property)) {
            throw new IllegalArgumentException(type.topic() + " declares no property " + property.name());
        }
        if (value != null) {
            values.put(property.name(), property.type().encode(value));
        }
        return this;
    }

    /**
     * The properties with the payload version and the time of the change.
     *
     * @throws IllegalStateException when a required property has no value
     */
    public Map<String, Object> build() {
        for (EventProperty p : type.properties()) {
            if (p.required() && !values.containsKey(p.name())) {
                throw new IllegalStateException(type.topic() + ": required property " + p.name() + " has no value");
            }
        }
        return type.complete(values);
    }
}
