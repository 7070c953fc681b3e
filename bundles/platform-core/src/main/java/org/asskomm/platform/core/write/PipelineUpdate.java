package org.asskomm.platform.core.write;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.write.Change;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.EventProperties;
import org.asskomm.platform.api.write.Update;

/** One change or deletion of an existing record; configured by the module, run once by {@link #apply}. */
final class PipelineUpdate<T> implements Update<T> {

    private final PipelineWrites.Services services;
    private final CurrentUser user;
    private final Entity<T> entity;
    private final UUID id;
    private final String action;
    private final boolean deletion;
    private final List<Consumer<? super T>> checks = new ArrayList<>();
    private Integer expectedVersion;
    private BiConsumer<? super CurrentUser, ? super T> right;
    private final PipelineEvents<T> events = new PipelineEvents<>();

    PipelineUpdate(PipelineWrites.Services services, CurrentUser user, Entity<T> entity, UUID id, String action,
                   boolean deletion) {
        this.services = services;
        this.user = user;
        this.entity = entity;
        this.id = id;
        this.action = action;
        this.deletion = deletion;
    }

    @Override
    public Update<T> authorize(BiConsumer<? super CurrentUser, ? super T> right) {
        this.right = right;
        return this;
    }

    @Override
    public Update<T> check(Consumer<? super T> check) {
        checks.add(check);
        return this;
    }

    @Override
    public Update<T> expectVersion(Integer version) {
        if (version != null && entity.version() == null) {
            throw new IllegalStateException(entity.name() + " has no version to compare");
        }
        this.expectedVersion = version;
        return this;
    }

    @Override
    public Update<T> event(String eventAction, EventProperties<T> properties) {
        events.add(eventAction, properties);
        return this;
    }

    @Override
    public T apply(Change<T> change) {
        return services.database().inTransaction(c -> {
            T before = entity.loader().load(c, id)
                    .filter(record -> entity.readable().test(user, record))
                    .orElseThrow(this::notFound);
            String municipality = entity.municipality().apply(before);
            if (right == null) {
                services.enablement().checkWrite(user, entity.module(), municipality);
            } else {
                right.accept(user, before);
            }
            // checks before the version: an invalid request is told what is invalid whatever version it carries
            checks.forEach(check -> check.accept(before));
            if (expectedVersion != null && entity.version().applyAsInt(before) != expectedVersion) {
                throw ConflictException.staleVersion(entity.name(), id);
            }
            change.apply(c, before);
            T after = deletion ? null : entity.loader().load(c, id).orElseThrow(this::notFound);
            String owner = after == null ? municipality : entity.municipality().apply(after);
            services.audit().record(c, user, new AuditEvent(entity.module(), entity.name(), id.toString(), action,
                    owner), before, after);
            events.publishAfterCommit(services, entity, id, owner, user, before, after);
            return deletion ? before : after;
        });
    }

    private NotFoundException notFound() {
        // "PurposeAgreement" reads "No purpose agreement ...", the wording modules used before the pipeline
        String words = entity.name().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
        return NotFoundException.of("problem.notFound", ConflictException.entity(entity.name()).orElse(words), id);
    }
}
