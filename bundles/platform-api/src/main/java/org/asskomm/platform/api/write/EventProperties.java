package org.asskomm.platform.api.write;

import java.util.Map;

/**
 * Module-specific properties of the event, taken from the record before and after the change (before is null for a
 * creation, after is null for a deletion). The standard properties of {@link org.asskomm.platform.api.Topics} are
 * added by the pipeline.
 */
@FunctionalInterface
public interface EventProperties<T> {
    Map<String, ?> of(T before, T after);
}
