package org.asskomm.platform.api.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.asskomm.platform.api.Topics;
import org.osgi.service.event.Event;

/**
 * Every event one module publishes: declared once in the module's API package, e.g.
 * {@code AgreementEvents.CATALOGUE}. Its tests check what the module posts against it, and docs/events.md is generated
 * from it, so the documentation cannot drift from the code.
 *
 * @param module the module id: the catalogue covers every topic below {@code org/asskomm/<module>/}
 * @param events the event types, in the order of the documentation
 */
public record EventCatalogue(String module, List<EventType> events) {

    public EventCatalogue {
        Objects.requireNonNull(module, "module");
        events = List.copyOf(events);
        Map<String, EventType> topics = new HashMap<>();
        for (EventType type : events) {
            if (!type.module().equals(module)) {
                throw new IllegalArgumentException(type.topic() + " does not belong to module " + module);
            }
            if (topics.put(type.topic(), type) != null) {
                throw new IllegalArgumentException(type.topic() + " is declared twice");
            }
        }
    }

    public static EventCatalogue of(String module, EventType... events) {
        return new EventCatalogue(module, List.of(events));
    }

    /** The declaration of a topic, if this catalogue has it. */
    public Optional<EventType> type(String topic) {
        return events.stream().filter(t -> t.topic().equals(topic)).findFirst();
    }

    /**
     * The declaration of {@code org/asskomm/<module>/<entity>/<action>}.
     *
     * @throws IllegalArgumentException when the catalogue does not declare it
     */
    public EventType require(String entity, String action) {
        String topic = Topics.of(module, entity, action);
        return type(topic).orElseThrow(() -> new IllegalArgumentException(topic + " is not in the catalogue"));
    }

    /** Whether the topic is the module's, {@code org/asskomm/<module>/...}, declared or not. */
    public boolean covers(String topic) {
        return topic.startsWith("org/asskomm/" + module + "/");
    }

    /**
     * What is wrong with a posted event of this module: a topic the catalogue does not declare, or the violations of
     * its {@link EventType}. Empty for a correct event and for other modules' events.
     */
    public List<String> violations(Event event) {
        if (!covers(event.getTopic())) {
            return List.of();
        }
        Optional<EventType> type = type(event.getTopic());
        if (type.isEmpty()) {
            return List.of(event.getTopic() + ": topic is not in the catalogue of module " + module);
        }
        Map<String, Object> posted = new HashMap<>();
        for (String name : event.getPropertyNames()) {
            posted.put(name, event.getProperty(name));
        }
        return new ArrayList<>(type.get().violations(posted));
    }
}
