package org.asskomm.platform.core.write;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Topics;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.EventProperties;
import org.osgi.service.event.Event;

/** The events a change announces, built inside its transaction and posted once it has committed. */
final class PipelineEvents<T> {

    private record Pending<T>(String action, EventProperties<T> properties) {
    }

    private final List<Pending<T>> pending = new ArrayList<>();

    void add(String action, EventProperties<T> properties) {
        pending.add(new Pending<>(action, properties));
    }

    /** Call inside the transaction: the properties may read the database, and a failure rolls the change back. */
    void publishAfterCommit(PipelineWrites.Services services, Entity<T> entity, UUID id, String municipality,
                            CurrentUser user, T before, T after) {
        for (Pending<T> p : pending) {
            Map<String, ?> properties = p.properties().of(before, after);
            if (properties != null) {
                Event event = Topics.event(entity.module(), entity.name(), p.action(), municipality, id, user,
                        properties);
                services.database().afterCommit(() -> services.events().postEvent(event));
            }
        }
    }
}
