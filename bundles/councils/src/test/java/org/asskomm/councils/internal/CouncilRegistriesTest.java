package org.asskomm.councils.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.asskomm.councils.api.ActionField;
import org.asskomm.councils.api.Composition;
import org.asskomm.councils.api.Council;
import org.asskomm.councils.api.CouncilEvents;
import org.asskomm.councils.api.CouncilRequest;
import org.asskomm.councils.api.CouncilScope;
import org.asskomm.councils.api.CouncilService;
import org.asskomm.councils.api.CouncilStatistics;
import org.asskomm.councils.api.CouncilStatus;
import org.asskomm.councils.api.CouncilUpdate;
import org.asskomm.councils.api.Decision;
import org.asskomm.councils.api.DecisionRequest;
import org.asskomm.councils.api.Meeting;
import org.asskomm.councils.api.MeetingRequest;
import org.asskomm.councils.api.Member;
import org.asskomm.councils.api.MemberRequest;
import org.asskomm.councils.api.OfficeStaff;
import org.asskomm.councils.api.OfficeUpdate;
import org.asskomm.councils.api.RulesOfProcedure;
import org.asskomm.councils.api.Sector;
import org.asskomm.councils.api.StatusChange;
import org.asskomm.councils.api.StatusHistoryEntry;
import org.asskomm.councils.api.Task;
import org.asskomm.councils.api.TaskRequest;
import org.asskomm.councils.api.Vote;
import org.asskomm.councils.api.VoteChoice;
import org.asskomm.councils.api.WorkingGroup;
import org.asskomm.councils.api.WorkingGroupRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;

public class CouncilRegistriesTest {

    private static final String FRANKENBERG = "14522150";
    private static final String FLOEHA = "14522140";
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    private TestPlatform platform;
    private CouncilService service;
    private TestCouncils.Services services;
    private final CurrentUser lpr = TestPlatform.lprAdmin();
    private final CurrentUser frankenberg = TestPlatform.municipalUser(FRANKENBERG);
    private final CurrentUser floeha = TestPlatform.municipalUser(FLOEHA);

    @Before
    public void setUp() {
        platform = new TestPlatform().enable(CouncilService.MODULE_ID, FRANKENBERG, FLOEHA);
        services = TestCouncils.on(platform,
                Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
        service = services.councils();
    }

    private Council planned() {
        return service.create(frankenberg, new CouncilRequest(FRANKENBERG, null, null, null, LocalDate.of(2020, 12, 9)));
    }

    private Council constituted() {
        Council c = planned();
        c = service.changeStatus(frankenberg, c.id(), new StatusChange(CouncilStatus.COORDINATION_OFFICE,
                LocalDate.of(2021, 3, 1), null, c.version()));
        c = service.update(frankenberg, c.id(), new CouncilUpdate(c.name(),
                new RulesOfProcedure("Bürgermeister", "Ordnungsamt", "quarterly", "simple majority", "minutes", null),
                c.version()));
        return service.changeStatus(frankenberg, c.id(), new StatusChange(CouncilStatus.CONSTITUTED,
                LocalDate.of(2021, 6, 15), "rules signed", c.version()));
    }

    private Member member(Council c, String name, Sector sector, boolean voting, LocalDate since, LocalDate until) {
        return services.members().addMember(frankenberg, c.id(), new MemberRequest(name, "Org", "Function", sector, voting, false,
                since, until, null));
    }

    // ------------------------------------------------------------------ lifecycle

    @Test
    public void aNewCouncilIsPlannedWithAnOfficeToBeSetUpAndADefaultName() {
        Council c = planned();
        assertEquals(CouncilStatus.PLANNED, c.status());
        assertEquals("Mittelsachsen", c.district());
        assertTrue(c.name(), c.name().startsWith("Kommunaler Präventionsrat Frankenberg"));
        assertEquals(LocalDate.of(2020, 12, 9), service.office(frankenberg, c.id()).plannedOn());
        assertNull(service.office(frankenberg, c.id()).setUpOn());
        assertEquals(1, service.history(frankenberg, c.id()).size());
        assertEquals(1, platform.events.topic("org/asskomm/councils/Council/CREATED").size());
    }

    @Test
    public void theLifecycleKeepsEveryStepWithItsDate() {
        Council c = constituted();
        assertEquals(CouncilStatus.CONSTITUTED, c.status());
        assertEquals(LocalDate.of(2021, 6, 15), c.rules().adoptedOn());
        assertEquals(LocalDate.of(2021, 3, 1), service.office(frankenberg, c.id()).setUpOn());
        c = service.changeStatus(frankenberg, c.id(), new StatusChange(CouncilStatus.DORMANT, LocalDate.of(2022, 5, 1), null, c.version()));
        c = service.changeStatus(frankenberg, c.id(), new StatusChange(CouncilStatus.REACTIVATED, LocalDate.of(2023, 2, 1), null, c.version()));
        c = service.changeStatus(frankenberg, c.id(), new StatusChange(CouncilStatus.DORMANT, LocalDate.of(2023, 11, 1), null, c.version()));
        c = service.changeStatus(frankenberg, c.id(), new StatusChange(CouncilStatus.REACTIVATED, LocalDate.of(2024, 1, 10), null, c.version()));
        List<CouncilStatus> steps = service.history(frankenberg, c.id()).stream().map(StatusHistoryEntry::status).toList();
        assertEquals(List.of(CouncilStatus.PLANNED, CouncilStatus.COORDINATION_OFFICE, CouncilStatus.CONSTITUTED,
                CouncilStatus.DORMANT, CouncilStatus.REACTIVATED, CouncilStatus.DORMANT, CouncilStatus.REACTIVATED), steps);
        assertEquals(1, platform.events.topic("org/asskomm/councils/Council/CONSTITUTED").size());
        assertEquals(2, platform.events.topic("org/asskomm/councils/Council/REACTIVATED").size());

        CouncilStatistics stats = services.reports().statistics();
        assertEquals(List.of(new CouncilStatistics.Year(2021, 1, 0), new CouncilStatistics.Year(2023, 0, 1),
                new CouncilStatistics.Year(2024, 0, 1)), stats.perYear());
        assertEquals(List.of(new CouncilStatistics.StatusInDistrict("Mittelsachsen", CouncilStatus.REACTIVATED, 1)),
                stats.byStatusAndDistrict());
    }

    @Test
    public void reactivatingACouncilThatIsNotDormantIsAConflictNamingBothStates() {
        Council c = constituted();
        ConflictException e = assertThrows(ConflictException.class, () -> service.changeStatus(frankenberg, c.id(),
                new StatusChange(CouncilStatus.REACTIVATED, TODAY, null, c.version())));
        assertTrue(e.getMessage(), e.getMessage().contains("CONSTITUTED") && e.getMessage().contains("REACTIVATED"));
        assertEquals(CouncilStatus.CONSTITUTED, service.get(frankenberg, c.id()).status());
        assertEquals(3, service.history(frankenberg, c.id()).size());
    }

    @Test
    public void aCouncilIsNotConstitutedWithoutAChairNorSkippingTheOffice() {
        Council c = planned();
        assertThrows(ConflictException.class, () -> service.changeStatus(frankenberg, c.id(),
                new StatusChange(CouncilStatus.CONSTITUTED, TODAY, null, c.version())));
        Council office = service.changeStatus(frankenberg, c.id(), new StatusChange(CouncilStatus.COORDINATION_OFFICE,
                LocalDate.of(2021, 1, 1), null, c.version()));
        ConflictException noChair = assertThrows(ConflictException.class, () -> service.changeStatus(frankenberg, c.id(),
                new StatusChange(CouncilStatus.CONSTITUTED, TODAY, null, office.version())));
        assertTrue(MessageFiles.english(noChair.detail()).contains("name the chair"));
    }

    @Test
    public void statusDatesMayNotGoBackNorIntoTheFutureAndStaleVersionsAreRefused() {
        Council c = planned();
        ValidationException back = assertThrows(ValidationException.class, () -> service.changeStatus(frankenberg, c.id(),
                new StatusChange(CouncilStatus.COORDINATION_OFFICE, LocalDate.of(2020, 1, 1), null, c.version())));
        assertEquals("on", back.errors().get(0).field());
        ValidationException future = assertThrows(ValidationException.class, () -> service.changeStatus(frankenberg, c.id(),
                new StatusChange(CouncilStatus.COORDINATION_OFFICE, TODAY.plusDays(1), null, c.version())));
        assertEquals("on", future.errors().get(0).field());
        service.changeStatus(frankenberg, c.id(), new StatusChange(CouncilStatus.COORDINATION_OFFICE, TODAY, null, c.version()));
        assertThrows(ConflictException.class, () -> service.update(frankenberg, c.id(),
                new CouncilUpdate("New name", null, c.version())));
        ValidationException missing = assertThrows(ValidationException.class,
                () -> service.changeStatus(frankenberg, c.id(), new StatusChange(null, null, null, null)));
        assertEquals(Set.of("status", "on", "version"),
                Set.copyOf(missing.errors().stream().map(f -> f.field()).toList()));
    }

    @Test
    public void aConstitutedCouncilKeepsItsChair() {
        Council c = constituted();
        ValidationException e = assertThrows(ValidationException.class, () -> service.update(frankenberg, c.id(),
                new CouncilUpdate(c.name(), new RulesOfProcedure(" ", null, null, null, null, null), c.version())));
        assertEquals("rules.chair", e.errors().get(0).field());
        Council renamed = service.update(frankenberg, c.id(), new CouncilUpdate("Präventionsrat Frankenberg",
                new RulesOfProcedure("Neue Bürgermeisterin", null, null, null, null, null), c.version()));
        assertEquals(LocalDate.of(2021, 6, 15), renamed.rules().adoptedOn());
        assertEquals(c.version() + 1, renamed.version());
        // on a stale version the chair rule is not judged: the client has not seen the state it would be judged on
        assertThrows(ConflictException.class, () -> service.update(frankenberg, c.id(),
                new CouncilUpdate(c.name(), new RulesOfProcedure(" ", null, null, null, null, null), c.version())));
    }

    @Test
    public void recordsOfACouncilAreWrittenThroughThePipelineForItsLeadMunicipality() {
        Council c = planned();
        Council other = service.create(floeha, new CouncilRequest(FLOEHA, null, null, null, null));
        Member m = member(c, "Mayor", Sector.ADMINISTRATION, true, LocalDate.of(2021, 6, 15), null);
        MemberRequest leaves = new MemberRequest("Mayor", "Org", "Function", Sector.ADMINISTRATION, true, false,
                LocalDate.of(2021, 6, 15), LocalDate.of(2023, 1, 31), m.version());
        Member left = services.members().updateMember(frankenberg, c.id(), m.id(), leaves);
        assertEquals(m.version() + 1, left.version());
        assertThrows(ConflictException.class, () -> services.members().updateMember(frankenberg, c.id(), m.id(), leaves));
        // ids that are no UUIDs, and a member asked for under another council, are not found
        assertThrows(NotFoundException.class, () -> services.members().updateMember(frankenberg, c.id(), "x", leaves));
        assertThrows(NotFoundException.class, () -> services.members().updateMember(floeha, other.id(), m.id(), leaves));

        var entries = platform.audit.search(new AuditQuery(CouncilService.MODULE_ID, null, null, null, m.id(), null,
                null), new PageRequest(0, 10)).items();
        assertEquals(List.of("UPDATE", "CREATE"), entries.stream().map(e -> e.action()).toList());
        assertTrue(entries.stream().allMatch(e -> FRANKENBERG.equals(e.municipality()) && "Member".equals(e.entityType())));
        assertTrue(entries.get(0).after(), entries.get(0).after().contains("2023-01-31"));
        assertEquals(2, platform.events.topic("org/asskomm/councils/Council/CREATED").size());
        assertEquals(0, platform.events.topic("org/asskomm/councils/Member/UPDATE").size());
    }

    @Test
    public void theHandlerOpensTheCouncilForASignedAgreementAndIgnoresBrokenEvents() {
        AgreementSignedHandler handler = new AgreementSignedHandler(service);
        handler.handleEvent(new org.osgi.service.event.Event(AgreementSignedHandler.TOPIC, java.util.Map.of("id", "x")));
        handler.handleEvent(new org.osgi.service.event.Event(AgreementSignedHandler.TOPIC,
                java.util.Map.of("municipality", "09162000", "id", "x")));
        assertEquals(0, service.list(lpr, null, null, null, new PageRequest(0, 10)).total());
        handler.handleEvent(new org.osgi.service.event.Event(AgreementSignedHandler.TOPIC,
                java.util.Map.of("municipality", FLOEHA, "id", "agreement-0", "user", "floeha")));   // no signing day
        assertEquals(0, service.list(lpr, null, null, null, new PageRequest(0, 10)).total());
        LocalDate signedOn = TODAY.minusDays(40);   // recorded weeks after the signature: planned from the signing day
        handler.handleEvent(new org.osgi.service.event.Event(AgreementSignedHandler.TOPIC,
                java.util.Map.of("municipality", FLOEHA, "id", "agreement-1", "user", "floeha",
                        "date", signedOn.toString(), "payloadVersion", 1)));
        handler.handleEvent(new org.osgi.service.event.Event(AgreementSignedHandler.TOPIC,
                java.util.Map.of("municipality", FLOEHA, "id", "agreement-2", "user", "floeha",
                        "date", TODAY.toString(), "payloadVersion", 1)));
        List<Council> councils = service.list(lpr, null, null, null, new PageRequest(0, 10)).items();
        assertEquals(1, councils.size());
        assertEquals(signedOn, councils.get(0).statusSince());
        assertEquals(signedOn, service.history(lpr, councils.get(0).id()).get(0).on());
        String note = service.history(lpr, councils.get(0).id()).get(0).note();
        // people read the note: the German signing day, no agreement id
        assertTrue(note, note.contains("unterzeichnet am " + signedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))));
        assertFalse(note, note.contains("agreement-1"));
        // the coordination office set up between the signing and today can be recorded on its day
        Council office = service.changeStatus(lpr, councils.get(0).id(), new StatusChange(CouncilStatus.COORDINATION_OFFICE,
                signedOn.plusDays(10), "Koordinierungsstelle eingerichtet", councils.get(0).version()));
        assertEquals(signedOn.plusDays(10), office.statusSince());
        assertEquals(List.of(signedOn, signedOn.plusDays(10)),
                service.history(lpr, office.id()).stream().map(StatusHistoryEntry::on).toList());
        org.osgi.service.event.Event created = platform.events.topic(CouncilEvents.CREATED.topic()).get(0);
        assertEquals(signedOn.toString(), created.getProperty("date"));
        assertEquals("system", created.getProperty("user"));
    }

    // ------------------------------------------------------------------ authorization and enablement

    @Test
    public void anotherMunicipalityMayNeitherWriteNorSeeTheCouncil() {
        Council c = planned();
        assertThrows(AccessDeniedException.class, () -> service.create(floeha,
                new CouncilRequest(FRANKENBERG, null, null, null, null)));
        assertThrows(NotFoundException.class, () -> service.get(floeha, c.id()));
        assertThrows(NotFoundException.class, () -> services.members().addMember(floeha, c.id(),
                new MemberRequest("X", null, null, Sector.OTHER, true, false, TODAY, null, null)));
        assertEquals(0, service.list(floeha, null, null, null, new PageRequest(0, 10)).total());
        assertEquals(1, service.list(TestPlatform.viewer(), null, null, null, new PageRequest(0, 10)).total());
        assertEquals(1, service.list(TestPlatform.police(), null, null, null, new PageRequest(0, 10)).total());
        assertThrows(AccessDeniedException.class, () -> services.members().addMember(TestPlatform.viewer(), c.id(),
                new MemberRequest("X", null, null, Sector.OTHER, true, false, TODAY, null, null)));
    }

    @Test
    public void aMunicipalityThatHasNotEnabledTheModuleIsRefused() {
        String chemnitz = "14511000";
        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> service.create(lpr,
                new CouncilRequest(chemnitz, null, null, null, null)));
        assertTrue(MessageFiles.english(e.detail()).contains("not enabled"));
    }

    @Test
    public void aMunicipalityBelongsToOneLocalCouncilButADistrictCouncilMayCoverIt() {
        planned();
        assertThrows(ConflictException.class, () -> service.create(lpr,
                new CouncilRequest(FLOEHA, null, CouncilScope.INTER_MUNICIPAL, List.of(FRANKENBERG), null)));
        ValidationException partners = assertThrows(ValidationException.class, () -> service.create(lpr,
                new CouncilRequest(FLOEHA, null, CouncilScope.MUNICIPALITY, List.of("14522999"), null)));
        assertEquals(2, partners.errors().size());
        Council district = service.create(lpr, new CouncilRequest(FLOEHA, null, CouncilScope.DISTRICT, null, null));
        assertEquals("Kreispräventionsrat Mittelsachsen", district.name());
    }

    // ------------------------------------------------------------------ the reaction to a signed agreement

    @Test
    public void openingThePlannedCouncilIsIdempotent() {
        Council opened = service.openPlannedIfAbsent(CurrentUser.SYSTEM, FLOEHA, TODAY, "agreement signed");
        assertNotNull(opened);
        assertEquals(CouncilStatus.PLANNED, opened.status());
        assertNull(service.openPlannedIfAbsent(CurrentUser.SYSTEM, FLOEHA, TODAY, "again"));
        assertEquals(1, service.list(lpr, FLOEHA, null, null, new PageRequest(0, 10)).total());
        assertEquals("system", service.history(lpr, opened.id()).get(0).user());
    }

    @Test
    public void manySignedEventsAtOnceOpenExactlyOneCouncil() throws Exception {
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Council>> results = new java.util.ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return service.openPlannedIfAbsent(CurrentUser.SYSTEM, FLOEHA, TODAY, "race");
                }));
            }
            start.countDown();
            int opened = 0;
            for (Future<Council> f : results) {
                if (f.get(30, TimeUnit.SECONDS) != null) {
                    opened++;
                }
            }
            assertEquals(1, opened);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, service.list(lpr, FLOEHA, null, null, new PageRequest(0, 10)).total());
        assertEquals(1, platform.audit.search(new AuditQuery(CouncilService.MODULE_ID, null, FLOEHA, "CREATE", null,
                null, null), new PageRequest(0, 50)).total());
    }

    // ------------------------------------------------------------------ members and composition

    @Test
    public void aMemberCannotLeaveBeforeJoining() {
        Council c = planned();
        ValidationException e = assertThrows(ValidationException.class, () -> member(c, "A", Sector.POLICE, true,
                LocalDate.of(2022, 1, 1), LocalDate.of(2021, 1, 1)));
        assertEquals("memberUntil", e.errors().get(0).field());
        assertTrue(services.members().members(frankenberg, c.id(), null).isEmpty());
    }

    @Test
    public void compositionBySectorFollowsTheDates() {
        Council c = constituted();
        member(c, "Mayor", Sector.ADMINISTRATION, true, LocalDate.of(2021, 6, 15), null);
        member(c, "Police", Sector.POLICE, true, LocalDate.of(2021, 6, 15), LocalDate.of(2022, 12, 31));
        member(c, "Pastor", Sector.CHURCHES, false, LocalDate.of(2022, 1, 1), null);
        Composition early = services.members().composition(frankenberg, c.id(), LocalDate.of(2021, 7, 1));
        assertEquals(2, early.voting());
        assertEquals(0, early.advisory());
        Composition later = services.members().composition(frankenberg, c.id(), LocalDate.of(2023, 1, 1));
        assertEquals(1, later.voting());
        assertEquals(1, later.advisory());
        assertEquals(0, sector(later, Sector.POLICE).voting());
        assertEquals(1, sector(later, Sector.CHURCHES).advisory());
        assertEquals(Sector.values().length, later.sectors().size());
        assertEquals(2, services.members().members(frankenberg, c.id(), LocalDate.of(2023, 1, 1)).size());
        CouncilStatistics stats = services.reports().statistics();
        assertEquals(1, stats.membersBySector().stream().filter(s -> s.sector() == Sector.ADMINISTRATION)
                .findFirst().orElseThrow().members());
        assertEquals(0, stats.membersBySector().stream().filter(s -> s.sector() == Sector.POLICE)
                .findFirst().orElseThrow().members());
    }

    private static Composition.SectorCount sector(Composition c, Sector s) {
        return c.sectors().stream().filter(x -> x.sector() == s).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------ meetings, decisions, tasks

    @Test
    public void onlyMembersAttendAndOnlyAttendingVotingMembersVote() {
        Council c = constituted();
        Council other = service.create(floeha, new CouncilRequest(FLOEHA, null, null, null, null));
        Member mayor = member(c, "Mayor", Sector.ADMINISTRATION, true, LocalDate.of(2021, 6, 15), null);
        Member guest = member(c, "Guest", Sector.CITIZENS, false, LocalDate.of(2021, 6, 15), null);
        Member absent = member(c, "Absent", Sector.EDUCATION, true, LocalDate.of(2021, 6, 15), null);
        Member left = member(c, "Left", Sector.POLICE, true, LocalDate.of(2021, 6, 15), LocalDate.of(2021, 12, 31));
        Member foreign = services.members().addMember(floeha, other.id(), new MemberRequest("F", null, null, Sector.OTHER, true,
                false, LocalDate.of(2020, 1, 1), null, null));

        ValidationException nonMember = assertThrows(ValidationException.class, () -> services.meetings().addMeeting(frankenberg,
                c.id(), new MeetingRequest(LocalDate.of(2022, 3, 1), "Meeting", null, List.of("Item"),
                        List.of(mayor.id(), foreign.id(), left.id()), null)));
        assertEquals(List.of("attendeeIds[1]", "attendeeIds[2]"),
                nonMember.errors().stream().map(f -> f.field()).toList());
        assertEquals(0, services.meetings().meetings(frankenberg, c.id(), null, new PageRequest(0, 10)).total());

        Meeting m = services.meetings().addMeeting(frankenberg, c.id(), new MeetingRequest(LocalDate.of(2022, 3, 1), "Meeting",
                "Rathaus", List.of("Welcome", "Working groups"), List.of(mayor.id(), guest.id()), null));
        ValidationException advisory = assertThrows(ValidationException.class, () -> services.meetings().addDecision(frankenberg,
                c.id(), m.id(), new DecisionRequest("Decided", List.of(new Vote(mayor.id(), VoteChoice.YES),
                        new Vote(guest.id(), VoteChoice.YES), new Vote(absent.id(), VoteChoice.NO)))));
        assertEquals(List.of("votes[1].memberId", "votes[2].memberId"),
                advisory.errors().stream().map(f -> f.field()).toList());
        assertTrue(MessageFiles.english(advisory.errors().get(0).text()).contains("advisory guest"));
        assertTrue(services.meetings().meeting(frankenberg, c.id(), m.id()).decisions().isEmpty());

        Decision d = services.meetings().addDecision(frankenberg, c.id(), m.id(), new DecisionRequest("Decided",
                List.of(new Vote(mayor.id(), VoteChoice.YES))));
        assertEquals(1, d.yes());
        assertThrows(ConflictException.class, () -> services.meetings().updateMeeting(frankenberg, c.id(), m.id(),
                new MeetingRequest(m.heldOn(), m.title(), null, m.agenda(), List.of(guest.id()), m.version())));
        assertThrows(NotFoundException.class, () -> services.meetings().addMeeting(frankenberg, "no-such-council",
                new MeetingRequest(LocalDate.of(2022, 3, 1), "Meeting", null, null, null, null)));
    }

    @Test
    public void overdueTasksAreListedUntilDone() {
        Council c = constituted();
        Task late = services.tasks().addTask(frankenberg, c.id(), new TaskRequest(null, "Situation report", "AG",
                TODAY.minusDays(1), null, null));
        services.tasks().addTask(frankenberg, c.id(), new TaskRequest(null, "Later", "AG", TODAY.plusDays(10), null, null));
        assertTrue(late.overdue());
        assertEquals(1, services.tasks().overdueTasks(frankenberg, null, null, new PageRequest(0, 10)).total());
        assertEquals(0, services.tasks().overdueTasks(floeha, null, null, new PageRequest(0, 10)).total());
        services.tasks().updateTask(frankenberg, c.id(), late.id(), new TaskRequest(null, "Situation report", "AG",
                TODAY.minusDays(1), TODAY, late.version()));
        assertEquals(0, services.tasks().overdueTasks(lpr, null, null, new PageRequest(0, 10)).total());
        assertThrows(ConflictException.class, () -> services.tasks().updateTask(frankenberg, c.id(), late.id(),
                new TaskRequest(null, "Stale", "AG", TODAY, null, late.version())));
        ValidationException meeting = assertThrows(ValidationException.class, () -> services.tasks().addTask(frankenberg, c.id(),
                new TaskRequest("nope", "T", "O", TODAY, null, null)));
        assertEquals("meetingId", meeting.errors().get(0).field());
    }

    @Test
    public void workingGroupsUseKnownActionFieldsAndCouncilMembers() {
        Council c = constituted();
        Member mayor = member(c, "Mayor", Sector.ADMINISTRATION, true, LocalDate.of(2021, 6, 15), null);
        assertEquals(8, services.groups().actionFields().size());
        ValidationException e = assertThrows(ValidationException.class, () -> services.groups().addWorkingGroup(frankenberg, c.id(),
                new WorkingGroupRequest("AG", null, List.of("PUBLIC_SPACE", "ASTROLOGY"), List.of("nobody"), null, null,
                        null, null)));
        assertEquals(List.of("actionFields[1]", "memberIds[0]"), e.errors().stream().map(f -> f.field()).toList());
        assertThrows(AccessDeniedException.class, () -> services.groups().addActionField(frankenberg,
                new ActionField("ASTROLOGY", "Astrology")));
        services.groups().addActionField(lpr, new ActionField("CYBERCRIME", "Cyberkriminalität"));
        WorkingGroup g = services.groups().addWorkingGroup(frankenberg, c.id(), new WorkingGroupRequest("AG Online", "mandate",
                List.of("CYBERCRIME"), List.of(mayor.id()), "situation", "recommendations", "goals", null));
        assertEquals(List.of("CYBERCRIME"), g.actionFields());
        assertEquals(1, services.groups().workingGroups(frankenberg, c.id()).size());
    }

    @Test
    public void documentsEscapeUserText() {
        Council c = constituted();
        Member m = member(c, "<b>Mayor</b>", Sector.ADMINISTRATION, true, LocalDate.of(2021, 6, 15), null);
        service.updateOffice(frankenberg, c.id(), new OfficeUpdate(null, new BigDecimal("19.5"),
                List.of(new OfficeStaff("Coordinator", "Ordnungsamt", "mail")), service.office(frankenberg, c.id()).version()));
        Meeting meeting = services.meetings().addMeeting(frankenberg, c.id(), new MeetingRequest(LocalDate.of(2021, 6, 15),
                "First <script>alert(1)</script>", "Rathaus & Markt", List.of("Item \"one\""), List.of(m.id()), null));
        services.tasks().addTask(frankenberg, c.id(), new TaskRequest(meeting.id(), "Report", "AG", LocalDate.of(2021, 9, 1), null, null));
        String html = services.meetings().minutesHtml(frankenberg, c.id(), meeting.id());
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("First &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&lt;b&gt;Mayor&lt;/b&gt;"));
        assertTrue(html.contains("Rathaus &amp; Markt"));
        assertTrue(html.contains("(überfällig)"));
        String report = services.reports().yearlyReportHtml(frankenberg, c.id(), 2021);
        assertTrue(report.contains("Präventionsbericht 2021"));
        assertTrue(report.contains("19.5"));
        assertFalse(report.contains("<script>"));
        assertThrows(ValidationException.class, () -> services.reports().yearlyReportHtml(frankenberg, c.id(), 2099));
    }

    @Test
    public void theDemoIsIdempotent() {
        CouncilsDemo demo = TestCouncils.demo(platform, services);
        demo.load(CurrentUser.SYSTEM);
        String second = demo.load(CurrentUser.SYSTEM);
        assertTrue(second.contains("nothing added"));
        Council council = service.list(lpr, FRANKENBERG, null, null, new PageRequest(0, 10)).items().get(0);
        assertEquals(CouncilStatus.CONSTITUTED, council.status());
        assertEquals(5, services.members().members(lpr, council.id(), null).size());
        assertEquals(1, services.meetings().meetings(lpr, council.id(), 2021, new PageRequest(0, 10)).total());
    }
}
