package org.asskomm.platform.core.write;

import java.util.UUID;
import java.util.function.Consumer;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.write.Create;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.EventProperties;
import org.asskomm.platform.api.write.Insert;

/** One creation; configured by the module, run once by {@link #apply}. */
final class PipelineCreate<T> implements Create<T> {

    private final PipelineWrites.Services services;
    private final CurrentUser user;
    private final Entity<T> entity;
    private final String municipality;
    private final String action;
    private final PipelineEvents<T> events = new PipelineEvents<>();
    private Consumer<? super CurrentUser> right;

    PipelineCreate(PipelineWrites.Services services, CurrentUser user, Entity<T> entity, String municipality,
                   String action) {
        this.services = services;
        this.user = user;
        this.entity = entity;
        this.municipality = municipality;
        this.action = action;
    }

    @Override
    public Create<T> authorize(Consumer<? super CurrentUser> right) {
        this.right = right;
        return this;
    }

    @Override
    public Create<T> event(String eventAction, EventProperties<T> properties) {
        events.add(eventAction, properties);
        return this;
    }

    @Override
    public T apply(Insert insert) {
        // before the transaction: a refused request does not wait for a writer's turn
        if (right == null) {
            services.enablement().checkWrite(user, entity.module(), municipality);
        } else {
            right.accept(user);
        }
        UUID id = UUID.randomUUID();
        return services.database().inTransaction(c -> {
            insert.insert(c, id);
            T after = entity.loader().load(c, id).orElseThrow(() -> new IllegalStateException(
                    entity.name() + " " + id + " was inserted but cannot be loaded"));
            String owner = entity.municipality().apply(after);
            services.audit().record(c, user, new AuditEvent(entity.module(), entity.name(), id.toString(), action,
                    owner), null, after);
            events.publishAfterCommit(services, entity, id, owner, user, null, after);
            return after;
        });
    }
}
