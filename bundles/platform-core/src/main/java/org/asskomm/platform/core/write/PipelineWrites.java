package org.asskomm.platform.core.write;

import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.ModuleEnablement;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.write.Create;
import org.asskomm.platform.api.write.Entity;
import org.asskomm.platform.api.write.Update;
import org.asskomm.platform.api.write.Writes;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

/** The write pipeline on the platform's database, enablement, audit log and EventAdmin. */
@Component(service = Writes.class)
public class PipelineWrites implements Writes {

    private final Services services;

    @Activate
    public PipelineWrites(@Reference Database database, @Reference ModuleEnablement enablement,
                          @Reference AuditLog audit, @Reference EventAdmin events) {
        this.services = new Services(database, enablement, audit, events);
    }

    @Override
    public <T> Update<T> update(CurrentUser user, Entity<T> entity, UUID id, String action) {
        return new PipelineUpdate<>(services, user, entity, id, action, false);
    }

    @Override
    public <T> Update<T> delete(CurrentUser user, Entity<T> entity, UUID id, String action) {
        return new PipelineUpdate<>(services, user, entity, id, action, true);
    }

    @Override
    public <T> Create<T> create(CurrentUser user, Entity<T> entity, String municipality, String action) {
        return new PipelineCreate<>(services, user, entity, municipality, action);
    }

    /** What every pipeline run uses. */
    record Services(Database database, ModuleEnablement enablement, AuditLog audit, EventAdmin events) {
    }
}
