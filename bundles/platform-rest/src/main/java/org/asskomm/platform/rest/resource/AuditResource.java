package org.asskomm.platform.rest.resource;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.audit.AuditEntry;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.rest.Doc;
import org.asskomm.platform.api.rest.ParamType;
import org.asskomm.platform.api.rest.QueryParams;
import org.asskomm.platform.rest.internal.PlatformResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The audit log, read-only, for LPR admins. */
@Component(service = AuditResource.class)
@PlatformResource
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private final AuditLog audit;

    @Activate
    public AuditResource(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @Doc(value = "Search the audit log", id = "searchAudit")
    public Page<AuditEntry> search(@QueryParam("module") String module, @QueryParam("user") String user,
                                   @QueryParam("municipality") String municipality, @QueryParam("action") String action,
                                   @QueryParam("entityId") String entityId,
                                   @QueryParam("from") @ParamType(LocalDate.class) String from,
                                   @QueryParam("to") @ParamType(LocalDate.class) String to,
                                   @QueryParam("offset") String offset,
                                   @QueryParam("limit") String limit, @Context CurrentUser caller) {
        caller.requireLprAdmin();
        return audit.search(new AuditQuery(module, user, municipality, action, entityId, start(QueryParams.date("from", from)),
                start(QueryParams.date("to", to))), QueryParams.page(offset, limit));
    }

    private static Instant start(java.time.LocalDate date) {
        return date == null ? null : date.atStartOfDay(ZONE).toInstant();
    }
}
