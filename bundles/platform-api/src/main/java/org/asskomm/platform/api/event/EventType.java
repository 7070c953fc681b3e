package org.asskomm.platform.api.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.asskomm.platform.api.Topics;
import org.osgi.service.event.EventConstants;

/**
 * One event a module publishes, declared once as a constant of the module's API package: its topic
 * {@code org/asskomm/<module>/<entity>/<action>}, the version of its payload and the payload's properties. Every event
 * also carries the {@link #STANDARD} properties. A change that renames, removes or retypes a property raises
 * {@code version}; adding an optional property does not.
 *
 * @param module      the publishing module's id
 * @param entity      the entity name, as in the write pipeline's {@code Entity}
 * @param action      what happened, e.g. {@code SIGNED}
 * @param version     the payload version, posted as {@value #PAYLOAD_VERSION}, from 1
 * @param description when the event is posted and what a reaction may rely on
 * @param properties  the module-specific properties
 */
public record EventType(String module, String entity, String action, int version, String description,
                        List<EventProperty> properties) {

    /** Standard property: the payload version of the event's type. */
    public static final String PAYLOAD_VERSION = "payloadVersion";
    /** Standard property: when the change was made (inside its transaction). */
    public static final String OCCURRED_AT = "occurredAt";

    /** The properties of every event: added by the write pipeline and by {@link #complete}. */
    public static final List<EventProperty> STANDARD = List.of(
            EventProperty.optional(Topics.MUNICIPALITY, PropertyType.MUNICIPALITY_KEY,
                    "the municipality the record belongs to; absent for records of no single municipality"),
            EventProperty.required(Topics.ENTITY_ID, PropertyType.ID, "the id of the record concerned"),
            EventProperty.optional(Topics.USER, PropertyType.TEXT,
                    "the acting user's login name (`system` for reactions and shell commands)"),
            EventProperty.required(PAYLOAD_VERSION, PropertyType.INTEGER, "the payload version of this topic"),
            EventProperty.required(OCCURRED_AT, PropertyType.TIMESTAMP, "when the change was made"));

    public EventType {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(description, "description");
        if (version < 1) {
            throw new IllegalArgumentException("payload versions start at 1: " + version);
        }
        properties = List.copyOf(properties);
        Set<String> names = new HashSet<>();
        STANDARD.forEach(p -> names.add(p.name()));
        for (EventProperty p : properties) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException(action + ": property " + p.name() + " is declared twice or standard");
            }
        }
    }

    public static EventType of(String module, String entity, String action, int version, String description,
                               EventProperty... properties) {
        return new EventType(module, entity, action, version, description, List.of(properties));
    }

    /** {@code org/asskomm/<module>/<entity>/<action>}. */
    public String topic() {
        return Topics.of(module, entity, action);
    }

    /** The standard properties followed by the module-specific ones. */
    public List<EventProperty> allProperties() {
        List<EventProperty> all = new ArrayList<>(STANDARD);
        all.addAll(properties);
        return all;
    }

    /** A payload builder that takes only this type's properties, in their declared types. */
    public EventPayload payload() {
        return new EventPayload(this);
    }

    /**
     * The properties with {@value #PAYLOAD_VERSION} and {@value #OCCURRED_AT} (now) added, unless already present:
     * what the write pipeline's {@code event(EventType, ...)} posts besides municipality, id and user.
     */
    public Map<String, Object> complete(Map<String, ?> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putIfAbsent(PAYLOAD_VERSION, version);
        all.putIfAbsent(OCCURRED_AT, Instant.now().toString());
        return all;
    }

    /**
     * What is wrong with a posted event's properties: an undeclared property, a value of the wrong type, a missing
     * required property or another payload version. Empty when the event matches this declaration.
     */
    public List<String> violations(Map<String, ?> posted) {
        List<String> problems = new ArrayList<>();
        Map<String, EventProperty> declared = new HashMap<>();
        allProperties().forEach(p -> declared.put(p.name(), p));
        posted.forEach((name, value) -> {
            EventProperty p = declared.get(name);
            if (addedByEventAdmin(name, value)) {
                return;
            }
            if (p == null) {
                problems.add(topic() + ": property '" + name + "' is not in the catalogue");
            } else if (!p.type().accepts(value)) {
                problems.add(topic() + ": property '" + name + "' is not a " + p.type() + " (" + p.type().format()
                        + "): " + describe(value));
            }
        });
        for (EventProperty p : declared.values()) {
            if (p.required() && posted.get(p.name()) == null) {
                problems.add(topic() + ": required property '" + p.name() + "' is missing");
            }
        }
        if (posted.get(PAYLOAD_VERSION) instanceof Integer v && v != version) {
            problems.add(topic() + ": payloadVersion " + v + ", the catalogue says " + version);
        }
        return problems;
    }

    /**
     * {@code event.topics} (added by {@link org.osgi.service.event.Event} itself) and {@code timestamp} (the delivery
     * time in milliseconds, added by Felix EventAdmin): not part of a payload; a reaction uses {@value #OCCURRED_AT}.
     */
    private static boolean addedByEventAdmin(String name, Object value) {
        return name.equals(EventConstants.EVENT_TOPIC)
                || name.equals(EventConstants.TIMESTAMP) && value instanceof Long;
    }

    private static String describe(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName() + " " + value;
    }
}
