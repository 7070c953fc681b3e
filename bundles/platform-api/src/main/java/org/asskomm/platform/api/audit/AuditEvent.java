package org.asskomm.platform.api.audit;

/**
 * What happened: {@code module} and {@code entityType}/{@code entityId} say to what,
 * {@code action} says what (CREATE, UPDATE, SIGN, ...), {@code municipality} whose data it was (may be null).
 */
public record AuditEvent(String module, String entityType, String entityId, String action, String municipality) {
}
