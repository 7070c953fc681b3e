package org.asskomm.coaching.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asskomm.coaching.api.Assignment;
import org.asskomm.coaching.api.AssignmentEnd;
import org.asskomm.coaching.api.AssignmentRequest;
import org.asskomm.coaching.api.ChecklistItem;
import org.asskomm.coaching.api.ChecklistUpdate;
import org.asskomm.coaching.api.Coach;
import org.asskomm.coaching.api.CoachRequest;
import org.asskomm.coaching.api.CoachingEvents;
import org.asskomm.coaching.api.CoachingSession;
import org.asskomm.coaching.api.SessionRequest;
import org.asskomm.coaching.api.SuccessCondition;
import org.asskomm.coaching.api.Workload;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.EventCatalogueDoc;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.event.Event;

/** Coaching on the real platform core over in-memory H2: rights, rules, checklist, sessions, workload, events. */
public class CoachingRegistryTest {

    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    private TestPlatform platform;
    private CoachingRegistry coaching;
    private final CurrentUser lpr = TestPlatform.lprAdmin();

    @Before
    public void setUp() {
        platform = new TestPlatform().enable(CoachingModule.ID, FRANKENBERG, FLOEHA);
        platform.schema(CoachingModule.ID, CoachingRegistry.class);
        platform.events.checkAgainst(CoachingEvents.CATALOGUE);
        coaching = new CoachingRegistry(platform.database, platform.municipalities, platform.enablement,
                platform.writes, Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(),
                        ZoneId.of("Europe/Berlin")));
    }

    private Coach coach(int capacity) {
        return coaching.createCoach(lpr, new CoachRequest(" Katrin Berger ", "k.berger@coaching.example",
                List.of("Mittelsachsen"), List.of("Präventionsrat", "Sicherheitsanalyse"), capacity, null));
    }

    private Assignment assign(Coach coach, String ags, LocalDate from) {
        return coaching.assign(lpr, new AssignmentRequest(ags, coach.id(), "Koordination " + ags, from));
    }

    @Test
    public void theLprKeepsThePoolAndOthersOnlyReadIt() {
        Coach c = coach(3);
        assertEquals("Katrin Berger", c.name());
        assertEquals(List.of("Präventionsrat", "Sicherheitsanalyse"), c.topics());
        assertEquals(1, coaching.coaches(TestPlatform.municipalUser(FLOEHA), "mittelsachsen", null,
                new PageRequest(0, 10)).total());
        assertEquals(0, coaching.coaches(lpr, "Leipzig", null, new PageRequest(0, 10)).total());
        assertEquals(1, coaching.coaches(lpr, null, "sicherheitsanalyse", new PageRequest(0, 10)).total());
        assertThrows(AccessDeniedException.class, () -> coaching.createCoach(TestPlatform.municipalUser(FRANKENBERG),
                new CoachRequest("X", "x@y.example", List.of("Leipzig"), List.of(), 1, null)));
        Coach changed = coaching.updateCoach(lpr, c.id(), new CoachRequest("Katrin Berger", "k.berger@coaching.example",
                List.of("Mittelsachsen", "Chemnitz"), List.of(), 4, c.version()));
        assertEquals(List.of("Mittelsachsen", "Chemnitz"), changed.regions());
        assertEquals(List.of(), changed.topics());
        assertThrows(ConflictException.class, () -> coaching.updateCoach(lpr, c.id(), new CoachRequest("K",
                "k@b.example", List.of("Leipzig"), List.of(), 4, c.version())));
    }

    @Test
    public void invalidInputNamesEveryField() {
        ValidationException e = assertThrows(ValidationException.class, () -> coaching.createCoach(lpr,
                new CoachRequest(" ", "no-mail", List.of("Leipzig", "leipzig "), null, 0, null)));
        Set<String> fields = Set.copyOf(e.errors().stream().map(f -> f.field()).toList());
        assertEquals(Set.of("name", "email", "capacity", "regions[1]"), fields);
        e = assertThrows(ValidationException.class, () -> coaching.assign(lpr,
                new AssignmentRequest("99999999", null, "", null)));
        assertEquals(Set.of("municipality", "coachId", "coordinator", "startedOn"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
        Coach c = coach(1);
        e = assertThrows(ValidationException.class, () -> coaching.assign(lpr, new AssignmentRequest(FRANKENBERG,
                java.util.UUID.randomUUID(), "K", TODAY)));
        assertEquals("coachId", e.errors().get(0).field());
        assertEquals(0, coaching.assignments(lpr, null, c.id(), null, new PageRequest(0, 10)).total());
    }

    @Test
    public void oneRunningAssignmentPerMunicipalityAndNoCoachBeyondCapacity() {
        Coach c = coach(1);
        Assignment a = assign(c, FRANKENBERG, LocalDate.of(2026, 1, 10));
        assertTrue(a.active());
        assertEquals(SuccessCondition.values().length, a.checklist().size());
        ConflictException twice = assertThrows(ConflictException.class, () -> assign(coach(2), FRANKENBERG, TODAY));
        assertTrue(twice.getMessage(), twice.getMessage().contains(FRANKENBERG));
        assertThrows(ConflictException.class, () -> assign(c, FLOEHA, TODAY));
        assertThrows(AccessDeniedException.class, () -> coaching.assign(TestPlatform.municipalUser(FLOEHA),
                new AssignmentRequest(FLOEHA, c.id(), "K", TODAY)));
        Assignment ended = coaching.end(lpr, a.id(), new AssignmentEnd(LocalDate.of(2026, 6, 30), a.version()));
        assertEquals(LocalDate.of(2026, 6, 30), ended.endedOn());
        assertThrows(ConflictException.class, () -> coaching.end(lpr, a.id(),
                new AssignmentEnd(LocalDate.of(2026, 7, 1), ended.version())));
        assertEquals(FLOEHA, assign(c, FLOEHA, TODAY).municipality());
    }

    @Test
    public void theMunicipalityLogsSessionsAndKeepsItsChecklistOthersSeeNothing() {
        Assignment a = assign(coach(2), FRANKENBERG, LocalDate.of(2026, 3, 1));
        CurrentUser own = TestPlatform.municipalUser(FRANKENBERG);
        CoachingSession s = coaching.logSession(own, a.id(), new SessionRequest(LocalDate.of(2026, 3, 12),
                List.of(" Auftakt ", "Vereinbarung"), "Entwurf abstimmen", " "));
        assertEquals(List.of("Auftakt", "Vereinbarung"), s.topics());
        assertNull(s.openPoints());
        ValidationException early = assertThrows(ValidationException.class, () -> coaching.logSession(own, a.id(),
                new SessionRequest(LocalDate.of(2026, 2, 1), List.of("x"), null, null)));
        assertEquals("date", early.errors().get(0).field());
        assertThrows(ValidationException.class, () -> coaching.logSession(own, a.id(),
                new SessionRequest(TODAY.plusDays(1), List.of("x"), null, null)));
        Assignment checked = coaching.check(own, a.id(), new ChecklistUpdate(SuccessCondition.AGREEMENT_SIGNED,
                LocalDate.of(2026, 4, 2), a.version()));
        assertEquals(LocalDate.of(2026, 4, 2), checked.checklist().stream()
                .filter(i -> i.condition() == SuccessCondition.AGREEMENT_SIGNED).map(ChecklistItem::metOn)
                .findFirst().orElseThrow());
        assertThrows(ConflictException.class, () -> coaching.check(own, a.id(),
                new ChecklistUpdate(SuccessCondition.ACTION_PLAN, TODAY, a.version())));

        CurrentUser other = TestPlatform.municipalUser(FLOEHA);
        assertThrows(NotFoundException.class, () -> coaching.assignment(other, a.id()));
        assertThrows(NotFoundException.class, () -> coaching.sessions(other, a.id()));
        assertThrows(NotFoundException.class, () -> coaching.logSession(other, a.id(),
                new SessionRequest(TODAY, List.of("x"), null, null)));
        assertEquals(0, coaching.assignments(other, null, null, null, new PageRequest(0, 10)).total());
        assertEquals(1, coaching.sessions(TestPlatform.viewer(), a.id()).size());
        // a viewer reads but writes nothing, and is told so before the input is judged
        assertThrows(AccessDeniedException.class, () -> coaching.logSession(TestPlatform.viewer(), a.id(),
                new SessionRequest(null, null, null, null)));
        assertThrows(AccessDeniedException.class, () -> coaching.check(TestPlatform.viewer(), a.id(),
                new ChecklistUpdate(null, null, null)));
        assertThrows(AccessDeniedException.class, () -> coaching.workload(other, TODAY));
    }

    @Test
    public void workloadCountsRunningAssignmentsAndTheLastYearsSessions() {
        Coach c = coach(4);
        Assignment a = assign(c, FRANKENBERG, LocalDate.of(2025, 1, 1));
        coaching.logSession(lpr, a.id(), new SessionRequest(LocalDate.of(2025, 6, 1), List.of("alt"), null, null));
        coaching.logSession(lpr, a.id(), new SessionRequest(LocalDate.of(2026, 6, 1), List.of("neu"), null, null));
        assign(c, FLOEHA, LocalDate.of(2026, 11, 1));
        Workload now = coaching.workload(lpr, null).get(0);
        assertEquals(2, now.activeAssignments());
        assertEquals(1, now.sessionsLastYear());
        assertEquals(50, now.utilisation());
        Workload before = coaching.workload(TestPlatform.viewer(), LocalDate.of(2025, 7, 1)).get(0);
        assertEquals(1, before.activeAssignments());
        assertEquals(1, before.sessionsLastYear());
    }

    @Test
    public void eventsCarryTheDaysOfTheJourneyAndNoPersonalData() {
        Coach c = coach(2);
        Assignment a = assign(c, FRANKENBERG, LocalDate.of(2026, 2, 1));
        coaching.logSession(lpr, a.id(), new SessionRequest(LocalDate.of(2026, 2, 5), List.of("Auftakt"), null, null));
        coaching.check(lpr, a.id(), new ChecklistUpdate(SuccessCondition.COORDINATOR_NAMED, LocalDate.of(2026, 2, 5),
                a.version()));
        Assignment unmet = coaching.check(lpr, a.id(), new ChecklistUpdate(SuccessCondition.COORDINATOR_NAMED, null,
                a.version() + 1));
        coaching.end(lpr, a.id(), new AssignmentEnd(LocalDate.of(2026, 10, 31), unmet.version()));
        Event assigned = platform.events.topic(CoachingEvents.ASSIGNED.topic()).get(0);
        assertEquals("2026-02-01", assigned.getProperty("date"));
        assertEquals(FRANKENBERG, assigned.getProperty("municipality"));
        assertEquals(c.id().toString(), assigned.getProperty("coachId"));
        assertEquals(1, platform.events.topic(CoachingEvents.CONDITION_MET.topic()).size());   // not for "unmet"
        assertEquals("2026-10-31", platform.events.topic(CoachingEvents.ENDED.topic()).get(0).getProperty("date"));
        Event session = platform.events.topic(CoachingEvents.SESSION_LOGGED.topic()).get(0);
        assertEquals(List.of("Auftakt"), List.of((String[]) session.getProperty("topics")));
        for (String topic : List.of(CoachingEvents.ASSIGNED.topic(), CoachingEvents.SESSION_LOGGED.topic())) {
            Event e = platform.events.topic(topic).get(0);
            for (String name : e.getPropertyNames()) {
                assertTrue(topic + " " + name, !String.valueOf(e.getProperty(name)).contains("Koordination"));
            }
        }
    }

    @Test
    public void theDemoLoadsOnceThroughTheRules() {
        CoachingDemo demo = new CoachingDemo(coaching, platform.enablement);
        assertTrue(demo.load(CurrentUser.SYSTEM).contains("2 coaches"));
        assertTrue(demo.load(CurrentUser.SYSTEM).contains("nothing added"));
        Assignment a = coaching.assignments(lpr, FRANKENBERG, null, true, new PageRequest(0, 10)).items().get(0);
        assertEquals(2, coaching.sessions(lpr, a.id()).size());
        assertEquals(Map.of(SuccessCondition.COORDINATOR_NAMED, LocalDate.of(2020, 10, 14),
                SuccessCondition.AGREEMENT_SIGNED, LocalDate.of(2020, 12, 9)), a.checklist().stream()
                .filter(i -> i.metOn() != null).collect(java.util.stream.Collectors.toMap(ChecklistItem::condition,
                        ChecklistItem::metOn)));
    }

    @Test
    public void docsEventsMdShowsTheCatalogue() {
        EventCatalogueDoc.check(Path.of("../../docs/events.md"), CoachingEvents.CATALOGUE);
    }
}
