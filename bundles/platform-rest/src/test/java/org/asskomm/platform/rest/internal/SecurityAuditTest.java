package org.asskomm.platform.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.audit.AuditEvent;
import org.junit.Test;

public class SecurityAuditTest {

    private record Row(CurrentUser user, AuditEvent event, Map<String, Object> details) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Instant> deletes = new ArrayList<>();
    private Instant now = Instant.parse("2026-12-06T10:00:00Z");
    private final SecurityAudit audit = new SecurityAudit(new SecurityAudit.Sink() {
        @Override
        public void write(CurrentUser user, AuditEvent event, Map<String, Object> details) {
            rows.add(new Row(user, event, details));
        }

        @Override
        public int deleteBefore(Instant cutoff, List<String> actions) {
            deletes.add(cutoff);
            assertTrue(actions.containsAll(List.of("LOGIN_FAILED", "ACCESS_DENIED")) && !actions.contains("CREATE"));
            return 7;
        }
    }, () -> now, Duration.ofDays(30));

    @Test
    public void oneRowAtOnceAndOneSummaryPerKeyAndInterval() {
        for (int i = 0; i < 1000; i++) {
            audit.login(SecurityAudit.LOGIN_FAILED, "admin", "127.0.0.2");
        }
        assertEquals(1, rows.size());
        assertEquals(1, rows.get(0).details().get("count"));
        audit.flush();
        assertEquals(2, rows.size());
        assertEquals(999, rows.get(1).details().get("count"));
        assertEquals(true, rows.get(1).details().get("summary"));
        audit.flush();
        assertEquals("nothing new, nothing written", 2, rows.size());
    }

    @Test
    public void distinctNamesAreBoundedPerInterval() {
        for (int i = 0; i < 20_000; i++) {
            audit.login(SecurityAudit.LOGIN_FAILED, "name-" + i, "127.0.0." + (i % 200));
        }
        audit.flush();
        assertEquals(SecurityAudit.MAX_ANONYMOUS_KEYS + 2, rows.size());
        Map<String, Object> overflow = rows.get(rows.size() - 1).details();
        assertEquals("*", overflow.get("name"));
        assertEquals(20_000 - SecurityAudit.MAX_ANONYMOUS_KEYS - 1, overflow.get("count"));
    }

    @Test
    public void denialsOfAuthenticatedUsersKeepTheirDetailsAndAreNeverFoldedAway() {
        for (int i = 0; i < 200; i++) {
            audit.login(SecurityAudit.LOGIN_FAILED, "name-" + i, "127.0.0.9");
        }
        CurrentUser frankenberg = new CurrentUser("frankenberg", Set.of("municipality-14522150"));
        audit.denied(frankenberg, "ACCESS_DENIED", "14522150", "127.0.0.1", Map.of("method", "GET", "path", "/api/v1/audit"));
        Row row = rows.get(rows.size() - 1);
        assertEquals("frankenberg", row.user().name());
        assertEquals("14522150", row.event().municipality());
        assertEquals("/api/v1/audit", row.details().get("path"));
    }

    @Test
    public void compactionDeletesOnlyAfterTheRetention() {
        assertEquals(7, audit.compact());
        assertEquals(List.of(now.minus(Duration.ofDays(30))), deletes);
    }
}
