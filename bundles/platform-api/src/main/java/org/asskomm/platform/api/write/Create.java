package org.asskomm.platform.api.write;

import java.util.function.Consumer;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.event.EventType;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A creation, configured step by step and run by {@link #apply}: check the right for the municipality of the draft
 * (403), then in one transaction insert under a generated id, load after, record the audit entry (before null);
 * publish the event after the commit.
 */
@ProviderType
public interface Create<T> {

    /**
     * Replaces the default right (the user may act for the municipality and the module is enabled there) for records
     * that belong to no municipality or to more than one; the check throws
     * {@link org.asskomm.platform.api.error.AccessDeniedException} (403) and runs before the transaction.
     */
    Create<T> authorize(Consumer<? super CurrentUser> right);

    /** Publishes {@code org/asskomm/<module>/<Entity>/<action>} after the commit; call again for further events. */
    default Create<T> event(String action) {
        return event(action, (before, after) -> java.util.Map.of());
    }

    /** As {@link #event(String)}, with module-specific properties (before is null). */
    Create<T> event(String action, EventProperties<T> properties);

    /**
     * Publishes an event of the module's catalogue: {@code type.topic()} must be {@code org/asskomm/<module>/<Entity>/...}
     * of this entity. Adds the payload version and the time of the change to the properties.
     */
    default Create<T> event(EventType type) {
        return event(type, (before, after) -> java.util.Map.of());
    }

    /** As {@link #event(EventType)}, with the type's properties ({@code type.payload()...build()}); null: no event. */
    default Create<T> event(EventType type, EventProperties<T> properties) {
        return event(type.action(), EventProperties.completed(type, properties));
    }

    /** @return the created record, as loaded after the insert */
    T apply(Insert insert);
}
