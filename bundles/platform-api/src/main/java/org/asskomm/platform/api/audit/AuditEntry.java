package org.asskomm.platform.api.audit;

import java.time.Instant;

/** One line of the audit log, as stored; {@code before} and {@code after} are JSON text. */
public record AuditEntry(long id, Instant at, String user, String module, String entityType, String entityId,
                         String action, String municipality, String before, String after) {
}
