package org.asskomm.platform.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditEntry;
import org.asskomm.platform.api.audit.AuditEvent;
import org.asskomm.platform.api.audit.AuditQuery;
import org.junit.Test;

/** The audit log's one change path: personal fields become "anonymised", the entries stay. */
public class AuditLogAnonymiseTest {

    private final TestPlatform platform = new TestPlatform();

    private void record(String id, String action, Object before, Object after) {
        platform.database.inTransaction(c -> {
            platform.audit.record(c, TestPlatform.lprAdmin(), new AuditEvent("training", "Enrolment", id, action,
                    "14522150"), before, after);
            return null;
        });
    }

    private List<AuditEntry> entries(String id) {
        return platform.audit.search(new AuditQuery("training", null, null, null, id, null, null),
                new PageRequest(0, 100)).items();
    }

    @Test
    public void blanksTheNamedFieldsAtAnyDepthAndKeepsEverythingElse() {
        Map<String, Object> applied = Map.of("status", "APPLIED", "email", "erika@example.org",
                "documents", List.of(Map.of("title", "Zeugnis Erika Mustermann")),
                "person", Map.of("lastName", "Mustermann", "birthDate", "1980-02-03"));
        record("e1", "APPLY", null, applied);
        record("e1", "ADMIT", applied, Map.of("status", "ADMITTED"));
        record("e2", "APPLY", null, Map.of("email", "other@example.org"));

        int changed = platform.database.inTransaction(c -> platform.audit.anonymise(c, "training", "Enrolment", "e1",
                Set.of("email", "documents", "lastName", "birthDate")));

        assertEquals(2, changed);
        List<AuditEntry> e1 = entries("e1");
        assertEquals(2, e1.size());
        for (AuditEntry entry : e1) {
            String json = String.valueOf(entry.before()) + entry.after();
            assertFalse(json, json.contains("erika") || json.contains("Mustermann") || json.contains("1980"));
            assertEquals("lpr", entry.user());
        }
        AuditEntry apply = e1.stream().filter(e -> e.action().equals("APPLY")).findFirst().orElseThrow();
        assertNull(apply.before());
        assertTrue(apply.after(), apply.after().contains("\"status\":\"APPLIED\""));
        assertTrue(apply.after(), apply.after().contains("\"documents\":\"anonymised\""));
        assertTrue(entries("e2").get(0).after().contains("other@example.org"));
    }

    @Test
    public void aRolledBackErasureLeavesTheEntries() {
        record("e3", "APPLY", null, Map.of("email", "erika@example.org"));
        try {
            platform.database.inTransaction(c -> {
                platform.audit.anonymise(c, "training", "Enrolment", "e3", Set.of("email"));
                throw new IllegalStateException("erasure failed");
            });
        } catch (IllegalStateException expected) {
            // the erasure's transaction rolls back, and the audit change with it
        }
        assertTrue(entries("e3").get(0).after().contains("erika@example.org"));
    }

    @Test
    public void anonymisingTwiceChangesNothingTheSecondTime() {
        record("e4", "APPLY", null, Map.of("email", "erika@example.org"));
        assertEquals(1, (int) platform.database.inTransaction(c ->
                platform.audit.anonymise(c, "training", "Enrolment", "e4", Set.of("email"))));
        assertEquals(0, (int) platform.database.inTransaction(c ->
                platform.audit.anonymise(c, "training", "Enrolment", "e4", Set.of("email"))));
    }
}
