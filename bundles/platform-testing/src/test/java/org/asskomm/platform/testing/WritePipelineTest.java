package org.asskomm.platform.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.Topics;
import org.asskomm.platform.api.audit.AuditEntry;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ModuleNotEnabledException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.api.write.Entity;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.event.Event;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The write pipeline on the real core over H2: rights, version, audit before/after, events only after commit. */
public class WritePipelineTest {

    static final String MODULE = "notes";
    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
    static final String TOPIC_UPDATED = "org/asskomm/notes/Note/UPDATED";

    record Note(UUID id, String municipality, String text, int version) {
    }

    static final Entity<Note> NOTE = Entity.of(MODULE, "Note", WritePipelineTest::load, Note::municipality)
            .versioned(Note::version);

    private TestPlatform platform;

    static Optional<Note> load(Connection c, UUID id) throws SQLException {
        return Sql.queryOne(c, "SELECT id, municipality, text, version FROM notes_note WHERE id = ?",
                rs -> new Note(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getInt(4)), id);
    }

    @Before
    public void setUp() {
        platform = new TestPlatform().enable(MODULE, FRANKENBERG);
        platform.database.inTransaction(c -> Sql.update(c, "CREATE TABLE notes_note (id VARCHAR(36) PRIMARY KEY,"
                + " municipality VARCHAR(8) NOT NULL, text VARCHAR(100) NOT NULL, version INT NOT NULL)"));
    }

    private Note create(String text) {
        Note note = platform.writes.create(TestPlatform.municipalUser(FRANKENBERG), NOTE, FRANKENBERG, "CREATE")
                .event("CREATED", (before, after) -> Map.of("text", after.text()))
                .apply((c, id) -> Sql.update(c, "INSERT INTO notes_note VALUES (?, ?, ?, 1)", id, FRANKENBERG, text));
        platform.events.clear();
        return note;
    }

    private Note update(CurrentUser user, UUID id, Integer version, String text) {
        return platform.writes.update(user, NOTE, id, "UPDATE")
                .expectVersion(version)
                .check(before -> {
                    if (text.isBlank()) {
                        throw new ValidationException("text", "must not be blank");
                    }
                })
                .event("UPDATED", (before, after) -> Map.of("previous", before.text()))
                .apply((c, before) -> Sql.update(c, "UPDATE notes_note SET text = ?, version = version + 1"
                        + " WHERE id = ?", text, id));
    }

    private List<AuditEntry> audit(String action) {
        return platform.audit.search(new AuditQuery(MODULE, null, null, action, null, null, null),
                new PageRequest(0, 100)).items();
    }

    private Note stored(UUID id) {
        return platform.database.read(c -> load(c, id)).orElse(null);
    }

    @Test
    public void aCreationIsAuditedWithoutBeforeAndAnnouncedWithItsProperties() {
        Note note = platform.writes.create(TestPlatform.municipalUser(FRANKENBERG), NOTE, FRANKENBERG, "CREATE")
                .event("CREATED", (before, after) -> Map.of("text", after.text(), "hadBefore", before != null))
                .apply((c, id) -> Sql.update(c, "INSERT INTO notes_note VALUES (?, ?, ?, 1)", id, FRANKENBERG, "a"));
        assertEquals(note, stored(note.id()));
        AuditEntry entry = audit("CREATE").get(0);
        assertNull(entry.before());
        assertEquals(FRANKENBERG, entry.municipality());
        assertEquals(note.id().toString(), entry.entityId());
        Event event = platform.events.topic("org/asskomm/notes/Note/CREATED").get(0);
        assertEquals(note.id().toString(), event.getProperty(Topics.ENTITY_ID));
        assertEquals(FRANKENBERG, event.getProperty(Topics.MUNICIPALITY));
        assertEquals("staff-" + FRANKENBERG, event.getProperty(Topics.USER));
        assertEquals("a", event.getProperty("text"));
        assertEquals(false, event.getProperty("hadBefore"));
    }

    @Test
    public void anUpdateIsAuditedWithExactlyTheStatesBeforeAndAfter() throws Exception {
        Note note = create("old");
        Note after = update(TestPlatform.municipalUser(FRANKENBERG), note.id(), 1, "new");
        assertEquals(new Note(note.id(), FRANKENBERG, "new", 2), after);
        AuditEntry entry = audit("UPDATE").get(0);
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.valueToTree(Map.of("id", note.id().toString(), "municipality", FRANKENBERG, "text", "old",
                "version", 1)), json.readTree(entry.before()));
        assertEquals(json.valueToTree(Map.of("id", note.id().toString(), "municipality", FRANKENBERG, "text", "new",
                "version", 2)), json.readTree(entry.after()));
        assertEquals("staff-" + FRANKENBERG, entry.user());
        Event event = platform.events.topic(TOPIC_UPDATED).get(0);
        assertEquals("old", event.getProperty("previous"));
    }

    @Test
    public void aStaleVersionIsAConflictAndChangesNothing() {
        Note note = create("old");
        update(TestPlatform.lprAdmin(), note.id(), 1, "new");
        platform.events.clear();
        ConflictException e = assertThrows(ConflictException.class,
                () -> update(TestPlatform.lprAdmin(), note.id(), 1, "stale"));
        assertEquals(409, e.status());
        assertEquals("The Note " + note.id() + " was changed by someone else (stale version); reload it and apply your"
                + " change again.", MessageFiles.english(e.detail()));
        assertEquals("new", stored(note.id()).text());
        assertEquals(1, audit("UPDATE").size());
        assertTrue(platform.events.events().isEmpty());
    }

    @Test
    public void aUserWithoutTheRightIsRefusedAndNothingIsWrittenOrAudited() {
        Note note = create("old");
        // a viewer sees the note but may not act for Frankenberg: 403
        assertThrows(AccessDeniedException.class, () -> update(TestPlatform.viewer(), note.id(), 1, "viewer"));
        // Flöha's staff may not even learn that the note exists: 404
        assertThrows(NotFoundException.class,
                () -> update(TestPlatform.municipalUser(FLOEHA), note.id(), 1, "floeha"));
        assertThrows(AccessDeniedException.class, () -> platform.writes
                .create(TestPlatform.municipalUser(FLOEHA), NOTE, FRANKENBERG, "CREATE")
                .apply((c, id) -> Sql.update(c, "INSERT INTO notes_note VALUES (?, ?, 'x', 1)", id, FRANKENBERG)));
        // Flöha has not enabled the module: even the LPR may not write there
        assertThrows(ModuleNotEnabledException.class, () -> platform.writes
                .create(TestPlatform.lprAdmin(), NOTE, FLOEHA, "CREATE")
                .apply((c, id) -> Sql.update(c, "INSERT INTO notes_note VALUES (?, ?, 'x', 1)", id, FLOEHA)));
        assertThrows(NotFoundException.class, () -> update(TestPlatform.lprAdmin(), UUID.randomUUID(), null, "x"));
        assertEquals(note, stored(note.id()));
        assertEquals(1L, (long) platform.database.read(c -> Sql.count(c, "SELECT COUNT(*) FROM notes_note")));
        assertEquals(0, audit("UPDATE").size());
        assertEquals(1, audit("CREATE").size());
        assertTrue(platform.events.events().isEmpty());
    }

    @Test
    public void anExplicitRightReplacesTheMunicipalOneForCreationAndUpdate() {
        Note note = create("old");
        // the LPR-only right: Frankenberg's own staff are refused although they may act for Frankenberg
        java.util.function.Consumer<CurrentUser> lprOnly = CurrentUser::requireLprAdmin;
        assertThrows(AccessDeniedException.class, () -> platform.writes
                .update(TestPlatform.municipalUser(FRANKENBERG), NOTE, note.id(), "UPDATE")
                .authorize((user, before) -> lprOnly.accept(user))
                .apply((c, before) -> Sql.update(c, "UPDATE notes_note SET text = 'x' WHERE id = ?", note.id())));
        assertThrows(AccessDeniedException.class, () -> platform.writes
                .create(TestPlatform.municipalUser(FRANKENBERG), NOTE, FRANKENBERG, "CREATE")
                .authorize(lprOnly)
                .apply((c, id) -> Sql.update(c, "INSERT INTO notes_note VALUES (?, ?, 'x', 1)", id, FRANKENBERG)));
        // and the right decides alone: the LPR writes for Flöha, where the module is not enabled
        Note floeha = platform.writes.create(TestPlatform.lprAdmin(), NOTE, FLOEHA, "CREATE")
                .authorize(lprOnly)
                .apply((c, id) -> Sql.update(c, "INSERT INTO notes_note VALUES (?, ?, 'lpr', 1)", id, FLOEHA));
        assertEquals("lpr", stored(floeha.id()).text());
        assertEquals("old", stored(note.id()).text());
        assertEquals(2, audit("CREATE").size());
        assertEquals(0, audit("UPDATE").size());
    }

    @Test
    public void aFailingCheckOrChangeRollsBackAndAnnouncesNothing() {
        Note note = create("old");
        assertThrows(ValidationException.class, () -> update(TestPlatform.lprAdmin(), note.id(), 1, " "));
        assertThrows(IllegalStateException.class, () -> platform.writes.update(TestPlatform.lprAdmin(), NOTE,
                note.id(), "UPDATE").event("UPDATED").apply((c, before) -> {
                    Sql.update(c, "UPDATE notes_note SET text = 'half' WHERE id = ?", note.id());
                    throw new IllegalStateException("fails after its first statement");
                }));
        assertEquals(note, stored(note.id()));
        assertEquals(0, audit("UPDATE").size());
        assertTrue(platform.events.events().isEmpty());
    }

    @Test
    public void insideAnOuterTransactionTheEventWaitsForTheOuterCommit() {
        Note note = create("old");
        int seenInside = platform.database.inTransaction(c -> {
            update(TestPlatform.lprAdmin(), note.id(), 1, "new");
            return platform.events.events().size();
        });
        assertEquals(0, seenInside);
        assertEquals(1, platform.events.topic(TOPIC_UPDATED).size());
    }

    @Test
    public void anOuterTransactionThatFailsAfterThePipelineAnnouncesNothing() {
        Note note = create("old");
        assertThrows(ConflictException.class, () -> platform.database.inTransaction(c -> {
            update(TestPlatform.lprAdmin(), note.id(), 1, "new");
            throw new ConflictException("the outer work fails after the pipeline's change");
        }));
        assertEquals(note, stored(note.id()));
        assertEquals(0, audit("UPDATE").size());
        assertTrue(platform.events.events().isEmpty());
        // the next transaction on this thread starts clean: no action of the failed one is left over
        update(TestPlatform.lprAdmin(), note.id(), 1, "new");
        assertEquals(1, platform.events.topic(TOPIC_UPDATED).size());
    }

    @Test
    public void aDeletionIsAuditedWithoutAfterAndReturnsTheRecordAsItWas() {
        Note note = create("old");
        Note deleted = platform.writes.delete(TestPlatform.municipalUser(FRANKENBERG), NOTE, note.id(), "DELETE")
                .expectVersion(1).event("DELETED")
                .apply((c, before) -> Sql.update(c, "DELETE FROM notes_note WHERE id = ?", note.id()));
        assertEquals(note, deleted);
        assertNull(stored(note.id()));
        AuditEntry entry = audit("DELETE").get(0);
        assertNull(entry.after());
        assertTrue(entry.before(), entry.before().contains("\"text\":\"old\""));
        assertEquals(FRANKENBERG, platform.events.topic("org/asskomm/notes/Note/DELETED").get(0)
                .getProperty(Topics.MUNICIPALITY));
    }

    @Test
    public void outsideATransactionAfterCommitRunsAtOnce() {
        boolean[] ran = {false};
        platform.database.afterCommit(() -> ran[0] = true);
        assertTrue(ran[0]);
        assertFalse(platform.database.inTransaction(c -> {
            platform.database.afterCommit(() -> ran[0] = false);
            return !ran[0];
        }));
        assertFalse(ran[0]);
    }

    @Test
    public void aWriteMayRaiseSeveralEventsAndSkipOneByReturningNoProperties() {
        Note note = create("old");
        platform.writes.update(TestPlatform.lprAdmin(), NOTE, note.id(), "UPDATE")
                .event("UPDATED")
                .event("EMPTIED", (before, after) -> after.text().isEmpty() ? Map.of() : null)
                .event("RENAMED", (before, after) -> Map.of("to", after.text()))
                .apply((c, before) -> Sql.update(c, "UPDATE notes_note SET text = 'x' WHERE id = ?", note.id()));
        assertEquals(List.of(TOPIC_UPDATED, "org/asskomm/notes/Note/RENAMED"),
                platform.events.events().stream().map(Event::getTopic).toList());
    }
}
