package org.asskomm.platform.testing;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditEntry;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.persistence.Sql;
import org.junit.Test;

/** Retention: old entries of the named actions of one module go; writes, other modules and recent entries stay. */
public class AuditLogExpireTest {

    private final TestPlatform platform = new TestPlatform();

    private void record(String module, String action, Duration age) {
        platform.database.inTransaction(c -> {
            platform.audit.record(c, TestPlatform.lprAdmin(), new AuditEvent(module, "Login", null, action, null),
                    null, null);
            // the log stamps "now"; age the entry just written, as the days would
            return Sql.update(c, "UPDATE platform_audit SET at = ? WHERE id = (SELECT MAX(id) FROM platform_audit)",
                    Instant.now().minus(age));
        });
    }

    private List<String> actions(String module) {
        return platform.audit.search(new AuditQuery(module, null, null, null, null, null, null),
                new PageRequest(0, 100)).items().stream().map(AuditEntry::action).sorted().toList();
    }

    @Test
    public void deletesOnlyOldEntriesOfTheNamedActionsOfTheModule() {
        Duration old = Duration.ofDays(400);
        record("probe", "LOGIN_FAILED", old);
        record("probe", "ACCESS_DENIED", old);
        record("probe", "LOGIN_FAILED", Duration.ofDays(10));
        record("probe", "USER_IMPORT", old);
        record("training", "LOGIN_FAILED", old);

        int deleted = platform.audit.expire("probe", List.of("LOGIN_FAILED", "ACCESS_DENIED"),
                Instant.now().minus(Duration.ofDays(365)));

        assertEquals(2, deleted);
        assertEquals(List.of("LOGIN_FAILED", "USER_IMPORT"), actions("probe"));
        assertEquals(List.of("LOGIN_FAILED"), actions("training"));
        assertEquals(0, platform.audit.expire("probe", List.of(), Instant.now()));
    }
}
