package org.asskomm.patrol.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundRequest;
import org.asskomm.patrol.api.CostKeyRequest;
import org.asskomm.patrol.api.CostKeyType;
import org.asskomm.patrol.api.CostPart;
import org.asskomm.patrol.api.CostStatement;
import org.asskomm.patrol.api.Coverage;
import org.asskomm.patrol.api.FixedEvent;
import org.asskomm.patrol.api.KeyShare;
import org.asskomm.patrol.api.LogRequest;
import org.asskomm.patrol.api.MemberRequest;
import org.asskomm.patrol.api.OffenceCount;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.OfficerRequest;
import org.asskomm.patrol.api.PatrolLog;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.patrol.api.Plan;
import org.asskomm.patrol.api.PlanRequest;
import org.asskomm.patrol.api.ResourceKind;
import org.asskomm.patrol.api.ResourceRequest;
import org.asskomm.patrol.api.SharedResource;
import org.asskomm.patrol.api.StatementLine;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;

public class PatrolServiceTest {

    static final String FLOEHA = "14522140";
    static final String[] PARTNERS = {"14522020", "14522110", "14522320", "14522420", "14522440"};
    static final String FRANKENBERG = "14522150";
    static final Clock CLOCK = Clock.fixed(java.time.Instant.parse("2020-11-01T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    private TestPlatform platform;
    private PatrolServices service;
    private final CurrentUser floeha = TestPlatform.municipalUser(FLOEHA);
    private Compound compound;
    private Officer officer;
    private SharedResource vehicle;

    @Before
    public void setUp() {
        platform = CoreMigrations.platform();
        platform.enable(PatrolModule.ID, FLOEHA).enable(PatrolModule.ID, PARTNERS);
        service = new PatrolServices(platform, CLOCK);
        compound = service.compounds.createCompound(floeha, floehaRequest());
        officer = service.resources.addOfficer(floeha, compound.id(), new OfficerRequest("Officer", FLOEHA, BigDecimal.valueOf(40),
                List.of("B"), null));
        vehicle = service.resources.addResource(floeha, compound.id(), new ResourceRequest("Vehicle", ResourceKind.VEHICLE,
                new BigDecimal("489.00"), new BigDecimal("0.18"), BigDecimal.ZERO, null));
    }

    static CompoundRequest floehaRequest() {
        List<MemberRequest> members = new ArrayList<>();
        members.add(new MemberRequest(FLOEHA, BigDecimal.valueOf(60)));
        for (String p : PARTNERS) {
            members.add(new MemberRequest(p, BigDecimal.valueOf(20)));
        }
        return new CompoundRequest("Vollzugsdienst Flöha", FLOEHA, LocalDate.of(2020, 9, 1), "ZV-2020-1", 90, members,
                null);
    }

    private Place place(String ags, String name, double lat, double lon) {
        return service.planning.addPlace(TestPlatform.lprAdmin(), compound.id(),
                new PlaceRequest(ags, name, PlaceCategory.PARK, lat, lon, 3, null, null));
    }

    private LogRequest log(String ags, LocalDateTime start, int hours, BigDecimal km, List<String> places) {
        return new LogRequest(null, ags, start, start.plusHours(hours), List.of(officer.id()), vehicle.id(), km, places,
                "ok", List.of(new OffenceCount("PARKING", 2)), 1);
    }

    @Test
    public void membersSeeTheCompoundOthersDoNot() {
        assertEquals(6, service.compounds.compound(TestPlatform.municipalUser("14522440"), compound.id()).members().size());
        assertEquals(1, service.compounds.compounds(TestPlatform.municipalUser("14522020"), null, PageRequest.of(0, 10)).total());
        assertNotNull(service.compounds.compound(TestPlatform.viewer(), compound.id()));
        assertThrows(NotFoundException.class, () -> service.compounds.compound(TestPlatform.municipalUser(FRANKENBERG), compound.id()));
        assertEquals(0, service.compounds.compounds(TestPlatform.municipalUser(FRANKENBERG), null, PageRequest.of(0, 10)).total());
        // police read the compounds of their Polizeidirektion (Mittelsachsen: Chemnitz), state-wide police all
        assertNotNull(service.compounds.compound(TestPlatform.police(), compound.id()));
        assertNotNull(service.compounds.compound(TestPlatform.policeOf("chemnitz"), compound.id()));
        assertEquals(1, service.compounds.compounds(TestPlatform.policeOf("chemnitz"), null, PageRequest.of(0, 10)).total());
        assertThrows(NotFoundException.class, () -> service.compounds.compound(TestPlatform.policeOf("dresden"), compound.id()));
        assertEquals(0, service.compounds.compounds(TestPlatform.policeOf("dresden"), null, PageRequest.of(0, 10)).total());
        // a partner that disables the module no longer sees the compound
        platform.enablement.disable(TestPlatform.lprAdmin(), PatrolModule.ID, "14522440");
        assertThrows(NotFoundException.class, () -> service.compounds.compound(TestPlatform.municipalUser("14522440"), compound.id()));
    }

    @Test
    public void partnersMayNotChangeCompoundWideDataButTheirOwnPlaces() {
        CurrentUser oederan = TestPlatform.municipalUser("14522440");
        assertThrows(AccessDeniedException.class, () -> service.resources.addResource(oederan, compound.id(),
                new ResourceRequest("Bike", ResourceKind.OTHER, BigDecimal.TEN, null, null, null)));
        assertNotNull(service.planning.addPlace(oederan, compound.id(),
                new PlaceRequest("14522440", "Markt", PlaceCategory.MARKET_SQUARE, 50.86, 13.17, 4, null, null)));
        assertThrows(AccessDeniedException.class, () -> service.planning.addPlace(oederan, compound.id(),
                new PlaceRequest("14522020", "Schloss", PlaceCategory.OTHER, 50.81, 13.10, 4, null, null)));
    }

    @Test
    public void creationNeedsTheModuleEnabledForEveryMember() {
        CompoundRequest withFrankenberg = new CompoundRequest("X", FLOEHA, LocalDate.of(2021, 1, 1), null, null,
                List.of(new MemberRequest(FLOEHA, BigDecimal.ONE), new MemberRequest(FRANKENBERG, BigDecimal.ONE)), null);
        assertThrows(AccessDeniedException.class, () -> service.compounds.createCompound(floeha, withFrankenberg));
        assertThrows(AccessDeniedException.class, () -> service.compounds.createCompound(TestPlatform.municipalUser(FRANKENBERG),
                new CompoundRequest("Y", FRANKENBERG, LocalDate.of(2021, 1, 1), null, null,
                        List.of(new MemberRequest(FRANKENBERG, BigDecimal.ONE)), null)));
    }

    @Test
    public void badCompoundInputNamesEveryFieldAndWritesNothing() {
        long before = service.compounds.compounds(TestPlatform.lprAdmin(), null, PageRequest.of(0, 10)).total();
        ValidationException e = assertThrows(ValidationException.class, () -> service.compounds.createCompound(floeha,
                new CompoundRequest(" ", FLOEHA, null, null, 0, List.of(new MemberRequest("14999999", BigDecimal.ONE),
                        new MemberRequest("1452", new BigDecimal("-1"))), null)));
        List<String> fields = e.errors().stream().map(f -> f.field()).toList();
        assertTrue(fields.toString(), fields.containsAll(List.of("name", "startDate", "untouchedAfterDays",
                "members[0].ags", "members[1].ags", "members[1].contractedHoursPerMonth", "members")));
        assertEquals(before, service.compounds.compounds(TestPlatform.lprAdmin(), null, PageRequest.of(0, 10)).total());
    }

    @Test
    public void fixedSharesMustSumToExactlyHundred() {
        List<KeyShare> shares = new ArrayList<>();
        shares.add(new KeyShare(FLOEHA, new BigDecimal("50")));
        for (String p : PARTNERS) {
            shares.add(new KeyShare(p, new BigDecimal("9.99")));
        }
        ValidationException e = assertThrows(ValidationException.class, () -> service.compounds.addCostKey(floeha, compound.id(),
                new CostKeyRequest(LocalDate.of(2021, 1, 1), CostKeyType.FIXED_SHARES, null, shares)));
        assertTrue(e.getMessage(), e.errors().stream().anyMatch(f -> f.field().equals("shares")
                && MessageFiles.english(f.text()).contains("they sum to 99.95 %")));
        assertTrue(service.compounds.costKeys(floeha, compound.id()).isEmpty());
        shares.set(1, new KeyShare(PARTNERS[0], new BigDecimal("10.04")));
        assertEquals(CostKeyType.FIXED_SHARES, service.compounds.addCostKey(floeha, compound.id(),
                new CostKeyRequest(LocalDate.of(2021, 1, 1), CostKeyType.FIXED_SHARES, null, shares)).type());
        assertThrows(ConflictException.class, () -> service.compounds.addCostKey(floeha, compound.id(),
                new CostKeyRequest(LocalDate.of(2021, 1, 1), CostKeyType.BY_HOURS, null, null)));
    }

    @Test
    public void statementByPopulationAddsUpToTheCentAndKeysAreVersioned() {
        Place markt = place(FLOEHA, "Markt", 50.856, 13.073);
        service.logs.addLog(floeha, compound.id(), log(FLOEHA, LocalDateTime.of(2020, 9, 7, 8, 0), 8, new BigDecimal("43.7"),
                List.of(markt.id())));
        service.logs.addLog(floeha, compound.id(), log("14522440", LocalDateTime.of(2020, 9, 8, 8, 0), 6,
                new BigDecimal("61.3"), List.of()));
        assertEquals("month", assertThrows(ValidationException.class,
                () -> service.statements.statement(floeha, compound.id(), YearMonth.of(2020, 8))).errors().get(0).field());
        CostStatement september = service.statements.statement(floeha, compound.id(), YearMonth.of(2020, 9));
        assertEquals(CostKeyType.BY_POPULATION, september.keyType());
        // 489.00 + 0.18 * 105.0 km = 507.90
        assertEquals(new BigDecimal("507.90"), september.total());
        BigDecimal sum = september.municipalities().stream().map(StatementLine::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(september.total(), sum);
        long population = 10516 + 4495 + 3945 + 3265 + 4745 + 7782;
        for (StatementLine line : september.municipalities()) {
            BigDecimal exact = september.total().multiply(line.weight()).divide(BigDecimal.valueOf(population),
                    MathContext.DECIMAL64);
            assertTrue(line.ags(), line.amount().subtract(exact).abs().compareTo(new BigDecimal("0.01")) < 0);
        }
        StatementLine floehaLine = september.municipalities().stream().filter(l -> l.ags().equals(FLOEHA)).findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("8.00").compareTo(floehaLine.deliveredHours()));

        // a key from October on: by hours (60 : 5 x 20 = 37.5 % : 12.5 %)
        service.compounds.addCostKey(floeha, compound.id(), new CostKeyRequest(LocalDate.of(2020, 10, 1), CostKeyType.BY_HOURS,
                null, null));
        assertEquals(CostKeyType.BY_POPULATION, service.statements.statement(floeha, compound.id(), YearMonth.of(2020, 9)).keyType());
        CostStatement october = service.statements.statement(floeha, compound.id(), YearMonth.of(2020, 10));
        assertEquals(CostKeyType.BY_HOURS, october.keyType());
        assertEquals(new BigDecimal("489.00"), october.total());
        List<BigDecimal> parts = october.resources().get(0).parts().stream().map(CostPart::amount).toList();
        // 489.00 * 0.375 = 183.375 -> 183.37; 489.00 * 0.125 = 61.125 x5 -> 61.12; 3 cents left, equal remainders
        // in AGS order: 14522020, 14522110, 14522140 (Floeha) -> 61.13, 61.13, 183.38
        assertEquals(List.of(new BigDecimal("61.13"), new BigDecimal("61.13"), new BigDecimal("183.38"),
                new BigDecimal("61.12"), new BigDecimal("61.12"), new BigDecimal("61.12")), parts);
    }

    @Test
    public void baseSharePlusUsageFollowsDeliveredHours() {
        service.compounds.addCostKey(floeha, compound.id(), new CostKeyRequest(LocalDate.of(2020, 9, 1),
                CostKeyType.BASE_PLUS_USAGE, new BigDecimal("40"), null));
        service.logs.addLog(floeha, compound.id(), log(FLOEHA, LocalDateTime.of(2020, 9, 7, 8, 0), 6, BigDecimal.ZERO, List.of()));
        service.logs.addLog(floeha, compound.id(), log("14522440", LocalDateTime.of(2020, 9, 8, 8, 0), 2, BigDecimal.ZERO,
                List.of()));
        CostStatement s = service.statements.statement(floeha, compound.id(), YearMonth.of(2020, 9));
        // 40 % of 489.00 equally (32.60 each), 60 % by hours 6 : 2 (220.05 : 73.35)
        BigDecimal floehaPart = s.municipalities().stream().filter(l -> l.ags().equals(FLOEHA)).findFirst().orElseThrow()
                .amount();
        BigDecimal oederanPart = s.municipalities().stream().filter(l -> l.ags().equals("14522440")).findFirst()
                .orElseThrow().amount();
        BigDecimal augustusburg = s.municipalities().stream().filter(l -> l.ags().equals("14522020")).findFirst()
                .orElseThrow().amount();
        assertEquals(new BigDecimal("252.65"), floehaPart);
        assertEquals(new BigDecimal("105.95"), oederanPart);
        assertEquals(new BigDecimal("32.60"), augustusburg);
    }

    @Test
    public void logsUpdateLastPatrolledAndCoverage() {
        Place markt = place(FLOEHA, "Markt", 50.856, 13.073);
        Place park = place("14522020", "Park", 50.813, 13.101);
        Coverage before = service.statements.coverage(floeha, compound.id(), 30, LocalDate.of(2020, 10, 31));
        assertEquals(2, before.formerlyUntouchedPlaces());
        assertEquals(0, before.formerlyUntouchedReached());
        service.logs.addLog(floeha, compound.id(), log(FLOEHA, LocalDateTime.of(2020, 10, 20, 8, 0), 8, BigDecimal.TEN,
                List.of(markt.id())));
        Coverage after = service.statements.coverage(floeha, compound.id(), 30, LocalDate.of(2020, 10, 31));
        assertEquals(1, after.formerlyUntouchedReached());
        assertEquals(0, new BigDecimal("100.00").compareTo(after.municipalities().stream()
                .filter(m -> m.ags().equals(FLOEHA)).findFirst().orElseThrow().sharePercent()));
        assertEquals(0, after.municipalities().stream().filter(m -> m.ags().equals("14522020")).findFirst()
                .orElseThrow().patrolled());
        // 5 days look-back no longer includes the patrol of the 20th
        assertEquals(0, service.statements.coverage(floeha, compound.id(), 5, LocalDate.of(2020, 10, 31)).municipalities().stream()
                .mapToInt(m -> m.patrolled()).sum());
        Place reloaded = service.planning.places(floeha, compound.id(), FLOEHA, null, PageRequest.of(0, 10)).items().get(0);
        assertEquals(LocalDate.of(2020, 10, 20), reloaded.lastPatrolledOn());
        assertFalse(reloaded.untouched());
        assertEquals(1, service.planning.places(floeha, compound.id(), null, true, PageRequest.of(0, 10)).total());
        assertEquals(park.id(), service.planning.places(floeha, compound.id(), null, true, PageRequest.of(0, 10)).items().get(0).id());
    }

    @Test
    public void badLogsAreRefusedAndWriteNothing() {
        Place markt = place(FLOEHA, "Markt", 50.856, 13.073);
        LocalDateTime start = LocalDateTime.of(2020, 10, 5, 8, 0);
        ValidationException negativeKm = assertThrows(ValidationException.class, () -> service.logs.addLog(floeha,
                compound.id(), log(FLOEHA, start, 8, new BigDecimal("-3"), List.of(markt.id()))));
        assertEquals("km", negativeKm.errors().get(0).field());
        ValidationException tooLong = assertThrows(ValidationException.class, () -> service.logs.addLog(floeha,
                compound.id(), log(FLOEHA, start, 11, BigDecimal.ONE, List.of())));
        assertEquals("end", tooLong.errors().get(0).field());
        ValidationException noShift = assertThrows(ValidationException.class, () -> service.logs.addLog(floeha, compound.id(),
                new LogRequest("no-such-shift", FLOEHA, start, start.plusHours(2), List.of(officer.id()), null,
                        BigDecimal.ONE, List.of(markt.id()), null, List.of(new OffenceCount("NOT_A_CATEGORY", 1)), 0)));
        List<String> fields = noShift.errors().stream().map(f -> f.field()).toList();
        assertTrue(fields.toString(), fields.containsAll(List.of("shiftId", "offences[0].category")));
        assertEquals(0, service.logs.logs(floeha, compound.id(), null, null, null, PageRequest.of(0, 10)).total());
        assertEquals(null, service.planning.places(floeha, compound.id(), null, null, PageRequest.of(0, 10)).items().get(0)
                .lastPatrolledOn());
    }

    @Test
    public void overlappingLogsOfAnOfficerConflict() {
        service.logs.addLog(floeha, compound.id(), log(FLOEHA, LocalDateTime.of(2020, 10, 5, 8, 0), 4, BigDecimal.ONE, List.of()));
        assertThrows(ConflictException.class, () -> service.logs.addLog(floeha, compound.id(),
                log(FLOEHA, LocalDateTime.of(2020, 10, 5, 11, 0), 2, BigDecimal.ONE, List.of())));
    }

    @Test
    public void concurrentLogsNeverExceedTheDailyWorkingTimeOfAnOfficer() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int hour = 0; hour < 16; hour++) {
            LocalDateTime start = LocalDateTime.of(2020, 10, 6, 4 + hour, 0);
            results.add(pool.submit(() -> {
                try {
                    service.logs.addLog(floeha, compound.id(), log(FLOEHA, start, 1, BigDecimal.ONE, List.of()));
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            }));
        }
        int accepted = 0;
        for (Future<Boolean> f : results) {
            accepted += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals("10-hour limit, 1-hour logs", 10, accepted);
        long stored = platform.database.inTransaction(c -> Sql.count(c,
                "SELECT COUNT(*) FROM patrol_log_officer WHERE officer_id = ?", officer.id()));
        assertEquals(10, stored);
    }

    @Test
    public void planningRespectsTheWorkingTimeLimitAndStoresShiftsThatLogsCanReference() {
        Place markt = place(FLOEHA, "Markt", 50.856, 13.073);
        for (String p : PARTNERS) {
            place(p, "Platz " + p, 50.82, 13.12);
        }
        ValidationException tooLong = assertThrows(ValidationException.class, () -> service.planning.createPlan(floeha,
                compound.id(), new PlanRequest(LocalDate.of(2020, 10, 5), LocalDate.of(2020, 10, 11),
                        new BigDecimal("10.5"), null, null, null)));
        assertEquals("shiftHours", tooLong.errors().get(0).field());
        assertThrows(AccessDeniedException.class, () -> service.planning.createPlan(TestPlatform.municipalUser("14522440"),
                compound.id(), new PlanRequest(LocalDate.of(2020, 10, 5), LocalDate.of(2020, 10, 11), null, null, null,
                        null)));
        Plan plan = service.planning.createPlan(floeha, compound.id(), new PlanRequest(LocalDate.of(2020, 10, 5),
                LocalDate.of(2020, 10, 11), null, null, null,
                List.of(new FixedEvent("Wochenmarkt", markt.id(), LocalDate.of(2020, 10, 10), new BigDecimal("5")))));
        // one 40 h officer: the 5-hour market on Saturday plus four 8-hour shifts
        assertEquals(5, plan.shifts().size());
        assertEquals(0, new BigDecimal("37").compareTo(plan.metrics().totalHours()));
        assertEquals(6, plan.metrics().untouchedPlaces());
        // shares of 37 h: Floeha 60/160 = 13.9 h (market 5 h + one shift), partners 4.6 h each: only three of the
        // five partners get one of the remaining three shifts, so 1 + 3 untouched places are reached
        assertEquals(4, plan.metrics().untouchedReached());
        assertEquals(0, new BigDecimal("13").compareTo(plan.metrics().hours().stream()
                .filter(h -> h.ags().equals(FLOEHA)).findFirst().orElseThrow().plannedHours()));
        Plan reloaded = service.planning.plan(floeha, compound.id(), plan.id());
        assertEquals(plan.shifts(), reloaded.shifts());
        String shiftId = plan.shifts().get(0).id();
        LocalDateTime start = plan.shifts().get(0).date().atTime(8, 0);
        assertEquals(shiftId, service.logs.addLog(floeha, compound.id(), new LogRequest(shiftId, plan.shifts().get(0).ags(),
                start, start.plusHours(8), List.of(officer.id()), vehicle.id(), BigDecimal.ONE, List.of(), null, null,
                null)).shiftId());
    }

    @Test
    public void staleVersionsConflict() {
        Compound renamed = service.compounds.updateCompound(floeha, compound.id(), new CompoundRequest("Neu", FLOEHA,
                LocalDate.of(2020, 9, 1), null, 60, floehaRequest().members(), compound.version()));
        assertEquals(2, renamed.version());
        assertEquals(60, renamed.untouchedAfterDays());
        assertThrows(ConflictException.class, () -> service.compounds.updateCompound(floeha, compound.id(),
                new CompoundRequest("Alt", FLOEHA, LocalDate.of(2020, 9, 1), null, 60, floehaRequest().members(),
                        compound.version())));
        assertEquals("Neu", service.compounds.compound(floeha, compound.id()).name());
    }

    @Test
    public void coordinatesOutOfRangeAreRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.planning.addPlace(floeha, compound.id(),
                new PlaceRequest(FLOEHA, "Nowhere", PlaceCategory.OTHER, 91.0, -181.0, 6, null, null)));
        assertEquals(List.of("latitude", "longitude", "priority"), e.errors().stream().map(f -> f.field()).toList());
    }

    @Test
    public void writesAreAuditedAndAnnounced() {
        assertFalse(platform.events.topic("org/asskomm/patrol/Compound/CREATED").isEmpty());
        assertFalse(platform.events.topic("org/asskomm/patrol/Officer/CREATED").isEmpty());
    }

    @Test
    public void demoDataLoadsFloehasCompoundOnce() {
        PatrolDemo demo = new PatrolDemo(service.compounds, service.resources, service.planning, service.logs,
                platform.enablement, CLOCK);
        int before = (int) service.compounds.compounds(CurrentUser.SYSTEM, FLOEHA, PageRequest.of(0, 10)).total();
        demo.load(CurrentUser.SYSTEM);
        demo.load(CurrentUser.SYSTEM);
        List<Compound> all = service.compounds.compounds(CurrentUser.SYSTEM, FLOEHA, PageRequest.of(0, 10)).items();
        assertEquals(before + 1, all.size());
        Compound demoCompound = all.stream().filter(c -> c.name().equals(FloehaCompound.NAME)).findFirst().orElseThrow();
        assertEquals(6, demoCompound.members().size());
        assertEquals(8, service.planning.places(CurrentUser.SYSTEM, demoCompound.id(), null, null, PageRequest.of(0, 50)).total());
        assertEquals(1, service.resources.resources(CurrentUser.SYSTEM, demoCompound.id()).size());
        // a month of synthetic patrol log up to yesterday (2020-10-31), so that coverage says something
        List<PatrolLog> month = service.logs.logs(CurrentUser.SYSTEM, demoCompound.id(), null,
                LocalDate.of(2020, 10, 1), LocalDate.of(2020, 10, 31), PageRequest.of(0, 100)).items();
        assertTrue(month.size() >= 30);
        assertTrue(month.stream().allMatch(l -> l.observations().startsWith("Synthetische Demodaten")));
        assertTrue(month.stream().noneMatch(l -> l.start().toLocalDate().isBefore(LocalDate.of(2020, 10, 2))));
        Coverage coverage = service.statements.coverage(CurrentUser.SYSTEM, demoCompound.id(), 30, null);
        assertTrue(coverage.municipalities().stream().allMatch(m -> m.patrolled() > 0));
    }
}
