package org.asskomm.platform.api.write;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.event.EventType;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A change (or deletion) of an existing record, configured step by step and run by {@link #apply}. In one
 * transaction: load before (404 when absent or not readable), check the right (403), run the checks, compare the
 * version (409), apply, load after, record the audit entry; publish the event after the commit.
 */
@ProviderType
public interface Update<T> {

    /**
     * Replaces the default right (the user may act for the record's municipality and the module is enabled there)
     * for records that belong to no municipality or to more than one, such as the LPR's funding programmes or a
     * police directorate's patrol compound. The check throws {@link org.asskomm.platform.api.error.AccessDeniedException}
     * (403); it runs after the record was found readable, before the domain checks.
     */
    Update<T> authorize(BiConsumer<? super CurrentUser, ? super T> right);

    /** Domain checks on the record before the change; they may throw a validation (400) or conflict (409). */
    Update<T> check(Consumer<? super T> check);

    /**
     * The version the client saw; a different current version is a 409 and nothing changes. Null skips the
     * comparison (the module validates "version required" itself where it is required).
     */
    Update<T> expectVersion(Integer version);

    /** Publishes {@code org/asskomm/<module>/<Entity>/<action>} after the commit; call again for further events. */
    default Update<T> event(String action) {
        return event(action, (before, after) -> java.util.Map.of());
    }

    /** As {@link #event(String)}, with module-specific properties. */
    Update<T> event(String action, EventProperties<T> properties);

    /**
     * Publishes an event of the module's catalogue: {@code type.topic()} must be {@code org/asskomm/<module>/<Entity>/...}
     * of this entity. Adds the payload version and the time of the change to the properties.
     */
    default Update<T> event(EventType type) {
        return event(type, (before, after) -> java.util.Map.of());
    }

    /** As {@link #event(EventType)}, with the type's properties ({@code type.payload()...build()}); null: no event. */
    default Update<T> event(EventType type, EventProperties<T> properties) {
        return event(type.action(), EventProperties.completed(type, properties));
    }

    /**
     * Runs the pipeline with this change.
     *
     * @return the record after the change; for a deletion, the record as it was
     */
    T apply(Change<T> change);
}
