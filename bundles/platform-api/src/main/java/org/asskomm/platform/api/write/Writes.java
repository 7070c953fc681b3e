package org.asskomm.platform.api.write;

import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The write pipeline, the one way a module changes data. The right checked is the one of
 * {@link org.asskomm.platform.api.ModuleEnablement#checkWrite}: the user may act for the record's municipality and
 * the module is enabled there. A call made inside a transaction joins it; its event is then published after that
 * outer transaction commits, and never when it rolls back.
 *
 * <pre>{@code
 * Agreement after = writes.update(user, AGREEMENT, id, "UPDATE")
 *         .expectVersion(draft.version())
 *         .check(before -> AgreementRules.checkEdit(before, draft))
 *         .apply((c, before) -> store.update(c, id, draft));
 * }</pre>
 */
@ProviderType
public interface Writes {

    /**
     * A change of the record {@code id}.
     *
     * @param action the audit action, e.g. {@code UPDATE} or the status reached
     */
    <T> Update<T> update(CurrentUser user, Entity<T> entity, UUID id, String action);

    /** A deletion of the record {@code id}: as {@link #update}, with no record after (the audit's after is null). */
    <T> Update<T> delete(CurrentUser user, Entity<T> entity, UUID id, String action);

    /**
     * A new record of the municipality {@code municipality}.
     *
     * @param action the audit action, e.g. {@code CREATE}
     */
    <T> Create<T> create(CurrentUser user, Entity<T> entity, String municipality, String action);
}
