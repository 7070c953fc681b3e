package org.asskomm.platform.api.audit;

import java.sql.Connection;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.Page;
import org.asskomm.platform.api.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The one append-only audit log of every write. Record inside the writing transaction, so that a
 * rolled-back write leaves no entry and a committed one always has its entry.
 */
@ProviderType
public interface AuditLog {

    /**
     * @param before the state before the write (serialised as JSON), null for a creation
     * @param after  the state after the write, null for a deletion
     */
    void record(Connection connection, CurrentUser user, AuditEvent event, Object before, Object after);

    /** Records outside any business transaction, e.g. a login failure or a permission denial. */
    void record(CurrentUser user, AuditEvent event);

    Page<AuditEntry> search(AuditQuery query, PageRequest page);

    /**
     * Erasure of personal data (GDPR Art. 17) without erasing the log: in every entry of this entity, the
     * values of the named fields of the before and after states (at any depth of the JSON) become
     * {@code "anonymised"}; who did what when stays. The only change the log allows; call it inside the
     * erasing transaction.
     *
     * @return the number of entries changed
     * @since 1.1
     */
    int anonymise(Connection connection, String module, String entityType, String entityId, Set<String> fields);

    /**
     * Retention of high-volume entries that record no change of data (failed logins, permission denials): deletes
     * the module's entries with one of these actions recorded before {@code cutoff}, in a transaction of its own.
     * Entries of writes are never expired; their actions must not be passed.
     *
     * @return the number of entries deleted
     * @since 1.2
     */
    int expire(String module, Collection<String> actions, Instant cutoff);
}
