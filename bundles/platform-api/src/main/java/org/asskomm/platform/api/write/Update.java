package org.asskomm.platform.api.write;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A change (or deletion) of an existing record, configured step by step and run by {@link #apply}. In one
 * transaction: load before (404 when absent or not readable), check the right (403), run the checks, compare the
 * version (409), apply, load after, record the audit entry; publish the event after the commit.
 */
@ProviderType
public interface Update<T> {

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
     * Runs the pipeline with this change.
     *
     * @return the record after the change; for a deletion, the record as it was
     */
    T apply(Change<T> change);
}
