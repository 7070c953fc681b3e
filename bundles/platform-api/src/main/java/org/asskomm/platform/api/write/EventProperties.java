package org.asskomm.platform.api.write;

import java.util.Map;

import org.asskomm.platform.api.event.EventType;

/**
 * Module-specific properties of the event, taken from the record before and after the change (before is null for a
 * creation, after is null for a deletion). The standard properties of {@link org.asskomm.platform.api.Topics} are
 * added by the pipeline. They are taken inside the transaction (a query here joins it); {@code null} means that this
 * change does not raise the event, e.g. a report event only when the last phase is reached.
 */
@FunctionalInterface
public interface EventProperties<T> {
    Map<String, ?> of(T before, T after);

    /** The properties with the type's payload version and the time of the change ({@link EventType#complete}). */
    static <T> EventProperties<T> completed(EventType type, EventProperties<T> properties) {
        return (before, after) -> {
            Map<String, ?> payload = properties.of(before, after);
            return payload == null ? null : type.complete(payload);
        };
    }
}
