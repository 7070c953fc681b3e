package org.asskomm.patrol.internal;

import static org.asskomm.patrol.internal.PatrolServiceTest.FLOEHA;
import static org.asskomm.patrol.internal.PatrolServiceTest.PARTNERS;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.asskomm.patrol.api.Authority;
import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.LegalBasis;
import org.asskomm.patrol.api.LogRequest;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.OfficerRequest;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.patrol.api.Plan;
import org.asskomm.patrol.api.PlanRequest;
import org.asskomm.patrol.api.PlannedShift;
import org.asskomm.patrol.api.PlannedVisit;
import org.asskomm.patrol.api.TravelMode;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;

/** Issue 24: each officer's legal scope, kept by the planner and the patrol log; plans with breaks and reasons. */
public class LegalScopeTest {

    private static final LocalDate MONDAY = LocalDate.of(2020, 10, 5);

    private PatrolServices service;
    private final CurrentUser floeha = TestPlatform.municipalUser(FLOEHA);
    private Compound compound;
    private Officer local;
    private Officer shared;

    @Before
    public void setUp() {
        TestPlatform platform = CoreMigrations.platform();
        platform.enable(PatrolModule.ID, FLOEHA).enable(PatrolModule.ID, PARTNERS);
        service = new PatrolServices(platform, PatrolServiceTest.CLOCK);
        compound = service.compounds.createCompound(floeha, PatrolServiceTest.floehaRequest());
        local = service.resources.addOfficer(floeha, compound.id(), new OfficerRequest("Anna Fuß", FLOEHA,
                BigDecimal.valueOf(40), List.of(), null, TravelMode.FOOT, List.of(new Authority(FLOEHA,
                LocalDate.of(2020, 1, 1), null, LegalBasis.APPOINTMENT, "Bestellung vom 2.1.2020"))));
        shared = service.resources.addOfficer(floeha, compound.id(), new OfficerRequest("Bernd Rad", PARTNERS[0],
                BigDecimal.valueOf(40), List.of(), null, TravelMode.BICYCLE, List.of(
                new Authority(PARTNERS[0], LocalDate.of(2020, 1, 1), null, LegalBasis.APPOINTMENT, null),
                new Authority(PARTNERS[1], LocalDate.of(2020, 1, 1), MONDAY.plusDays(1), LegalBasis.PURPOSE_AGREEMENT,
                        "ZV-2020-1"))));
        int n = 0;
        for (String ags : List.of(FLOEHA, PARTNERS[0], PARTNERS[1], PARTNERS[2])) {
            double lat = 50.80 + 0.05 * n++;
            for (int i = 0; i < 8; i++) {
                service.planning.addPlace(TestPlatform.lprAdmin(), compound.id(), new PlaceRequest(ags, "Ort " + i,
                        PlaceCategory.PARK, lat + 0.002 * i, 13.1 + 0.001 * i, i == 0 ? 5 : 2, null, null,
                        i == 1 ? 2 : 1));
            }
        }
    }

    @Test
    public void authoritiesAndModeAreStored() {
        Officer read = service.resources.officers(floeha, compound.id()).stream()
                .filter(o -> o.id().equals(shared.id())).findFirst().orElseThrow();
        assertEquals(TravelMode.BICYCLE, read.mode());
        assertEquals(2, read.authorities().size());
        assertEquals(MONDAY.plusDays(1), read.authorities().get(1).validTo());
        assertEquals("ZV-2020-1", read.authorities().get(1).reference());
        // an update that does not mention mode and authorities keeps them; an empty list clears the authorities
        Officer renamed = service.resources.updateOfficer(floeha, compound.id(), shared.id(), new OfficerRequest(
                "Bernd Rad-Meier", PARTNERS[0], BigDecimal.valueOf(40), List.of(), read.version()));
        assertEquals(TravelMode.BICYCLE, renamed.mode());
        assertEquals(read.authorities(), renamed.authorities());
        Officer cleared = service.resources.updateOfficer(floeha, compound.id(), shared.id(), new OfficerRequest(
                "Bernd Rad-Meier", PARTNERS[0], BigDecimal.valueOf(40), List.of(), renamed.version(), null, List.of()));
        assertTrue(cleared.authorities().isEmpty());
        ValidationException e = assertThrows(ValidationException.class, () -> service.resources.addOfficer(floeha,
                compound.id(), new OfficerRequest("X", FLOEHA, BigDecimal.TEN, List.of(), null, null, List.of(
                        new Authority("14522150", MONDAY, MONDAY.minusDays(1), null, null)))));
        List<String> fields = e.errors().stream().map(FieldError::field).toList();
        assertTrue(fields.toString(), fields.containsAll(List.of("authorities[0].ags", "authorities[0].validTo",
                "authorities[0].basis")));
    }

    @Test
    public void thePlannerSendsNobodyWhereTheyHaveNoAuthority() {
        Plan plan = service.planning.createPlan(floeha, compound.id(),
                new PlanRequest(MONDAY, MONDAY.plusDays(4), null, null, null, null));
        Map<String, Place> places = new HashMap<>();
        service.planning.places(floeha, compound.id(), null, null, org.asskomm.platform.api.PageRequest.of(0, 100))
                .items().forEach(p -> places.put(p.id(), p));
        assertFalse(plan.shifts().isEmpty());
        for (PlannedShift s : plan.shifts()) {
            if (s.officerId().equals(local.id())) {
                assertEquals(FLOEHA, s.ags());
            } else {
                assertTrue(s.ags(), s.ags().equals(PARTNERS[0])
                        || (s.ags().equals(PARTNERS[1]) && !s.date().isAfter(MONDAY.plusDays(1))));
            }
            assertEquals("statutory break in an 8-hour shift", 30, s.breakMinutes());
            for (PlannedVisit v : s.route()) {
                assertEquals(s.ags(), places.get(v.placeId()).ags());
                assertFalse(v.reasons().isEmpty());
                assertTrue(v.stayMinutes() >= 20);
                assertTrue("a pair place needs a partner", places.get(v.placeId()).requiredOfficers() == 1);
            }
        }
        assertEquals(Integer.valueOf(0), plan.metrics().duplicatedRoutes());
        assertNotNull(plan.metrics().utilisationPercent());
        // stored and read back with breaks, stays and reasons
        Plan again = service.planning.plan(floeha, compound.id(), plan.id());
        assertEquals(plan.shifts(), again.shifts());
        assertEquals(0, plan.metrics().utilisationPercent().compareTo(again.metrics().utilisationPercent()));
    }

    @Test
    public void aLogOutsideTheOfficersAuthorityIsRefusedInGerman() {
        LocalDateTime wednesday = MONDAY.plusDays(2).atTime(8, 0);
        ValidationException e = assertThrows(ValidationException.class, () -> service.logs.addLog(floeha,
                compound.id(), new LogRequest(null, PARTNERS[1], wednesday, wednesday.plusHours(4),
                        List.of(local.id(), shared.id()), null, BigDecimal.ONE, List.of(), null, List.of(), 0)));
        String german = MessageFiles.texts(Locale.GERMAN).text(e.errors().stream()
                .filter(f -> f.field().equals("officerIds[1]")).findFirst().orElseThrow().text());
        String municipality = compound.members().stream().filter(m -> m.ags().equals(PARTNERS[1])).findFirst()
                .orElseThrow().name();
        assertEquals("Bernd Rad ist am 07.10.2020 in " + municipality + " nicht befugt: keine Bestellung und keine "
                + "Zweckvereinbarung deckt diese Gemeinde an diesem Tag.", german);
        assertTrue(e.errors().stream().anyMatch(f -> f.field().equals("officerIds[0]")));
        // within the authority (Tuesday) the same entry is accepted
        LocalDateTime tuesday = MONDAY.plusDays(1).atTime(8, 0);
        assertNotNull(service.logs.addLog(floeha, compound.id(), new LogRequest(null, PARTNERS[1], tuesday,
                tuesday.plusHours(4), List.of(shared.id()), null, BigDecimal.ONE, List.of(), null, List.of(), 0)));
    }
}
