package org.asskomm.platform.api.audit;

import java.time.Instant;

/** Filters for the audit log; null means any. */
public record AuditQuery(String module, String user, String municipality, String action, String entityId,
                         Instant from, Instant to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}
