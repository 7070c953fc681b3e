package org.asskomm.patrol.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundRequest;
import org.asskomm.patrol.api.LogRequest;
import org.asskomm.patrol.api.MemberRequest;
import org.asskomm.patrol.api.OffenceCategory;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.OfficerRequest;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.patrol.api.ResourceKind;
import org.asskomm.patrol.api.ResourceRequest;
import org.asskomm.patrol.api.SharedResource;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditEntry;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.event.Event;

/** The module on the write pipeline: audit actions, event topics and owners, versions, rights across members. */
public class PatrolWritesTest {

    private static final String FLOEHA = PatrolServiceTest.FLOEHA;
    private static final String OEDERAN = "14522440";

    private TestPlatform platform;
    private PatrolServices service;
    private final CurrentUser floeha = TestPlatform.municipalUser(FLOEHA);
    private Compound compound;

    @Before
    public void setUp() {
        platform = CoreMigrations.platform();
        platform.enable(PatrolModule.ID, FLOEHA).enable(PatrolModule.ID, PatrolServiceTest.PARTNERS)
                .enable(PatrolModule.ID, PatrolServiceTest.FRANKENBERG);
        service = new PatrolServices(platform, Clock.fixed(Instant.parse("2020-11-01T10:00:00Z"),
                ZoneId.of("Europe/Berlin")));
        compound = service.compounds.createCompound(floeha, PatrolServiceTest.floehaRequest());
    }

    private List<AuditEntry> audit(String action) {
        return platform.audit.search(new AuditQuery(PatrolModule.ID, null, null, action, null, null, null),
                PageRequest.of(0, 100)).items();
    }

    private Event only(String topic) {
        List<Event> events = platform.events.topic(topic);
        assertEquals(topic, 1, events.size());
        return events.get(0);
    }

    @Test
    public void recordsOfACompoundAreAuditedAndAnnouncedAsTheLeads() {
        SharedResource vehicle = service.resources.addResource(floeha, compound.id(), new ResourceRequest("Vehicle",
                ResourceKind.VEHICLE, new BigDecimal("489.00"), null, null, null));
        service.resources.updateResource(floeha, compound.id(), vehicle.id(), new ResourceRequest("Leased vehicle",
                ResourceKind.VEHICLE, new BigDecimal("499.00"), null, null, vehicle.version()));
        assertEquals(FLOEHA, only("org/asskomm/patrol/Compound/CREATED").getProperty("municipality"));
        assertEquals(FLOEHA, only("org/asskomm/patrol/Resource/CREATED").getProperty("municipality"));
        assertEquals(vehicle.id(), only("org/asskomm/patrol/Resource/UPDATED").getProperty("id").toString());
        AuditEntry update = audit("UPDATE").get(0);
        assertEquals("Resource", update.entityType());
        assertEquals(FLOEHA, update.municipality());
        assertTrue(update.before(), update.before().contains("\"Vehicle\""));
        assertTrue(update.after(), update.after().contains("\"Leased vehicle\""));
        assertEquals(List.of("Resource", "Compound"), audit("CREATE").stream().map(AuditEntry::entityType).toList());
    }

    @Test
    public void aStaleVersionIsAConflictAndChangesNothing() {
        Officer officer = service.resources.addOfficer(floeha, compound.id(), new OfficerRequest("Officer", FLOEHA,
                BigDecimal.valueOf(40), List.of(), null));
        OfficerRequest renamed = new OfficerRequest("Renamed", FLOEHA, BigDecimal.valueOf(40), List.of(), 1);
        assertEquals(2, service.resources.updateOfficer(floeha, compound.id(), officer.id(), renamed).version());
        assertThrows(ConflictException.class, () -> service.resources.updateOfficer(floeha, compound.id(),
                officer.id(), new OfficerRequest("Stale", FLOEHA, BigDecimal.valueOf(40), List.of(), 1)));
        assertEquals("Renamed", service.resources.officers(floeha, compound.id()).get(0).name());
        assertEquals(1, platform.events.topic("org/asskomm/patrol/Officer/UPDATED").size());
    }

    @Test
    public void aMemberChangesItsOwnPlacesOnlyAndOnlyThroughItsCompound() {
        CurrentUser oederan = TestPlatform.municipalUser(OEDERAN);
        Place markt = service.planning.addPlace(oederan, compound.id(), new PlaceRequest(OEDERAN, "Markt",
                PlaceCategory.MARKET_SQUARE, 50.86, 13.17, 4, null, null));
        Place moved = service.planning.updatePlace(oederan, compound.id(), markt.id(), new PlaceRequest(OEDERAN,
                "Markt Oederan", PlaceCategory.MARKET_SQUARE, 50.86, 13.17, 5, null, markt.version()));
        assertEquals(5, moved.priority());
        assertEquals(FLOEHA, only("org/asskomm/patrol/Place/UPDATED").getProperty("municipality"));
        // to another member's place: 403, whoever's the place is now
        assertThrows(AccessDeniedException.class, () -> service.planning.updatePlace(oederan, compound.id(),
                markt.id(), new PlaceRequest("14522020", "Markt", PlaceCategory.MARKET_SQUARE, 50.86, 13.17, 4, null,
                        moved.version())));
        // another compound's path does not reach it, even for the LPR
        Compound other = service.compounds.createCompound(TestPlatform.lprAdmin(), new CompoundRequest("Other",
                PatrolServiceTest.FRANKENBERG, LocalDate.of(2021, 1, 1), null, null, List.of(new MemberRequest(
                        PatrolServiceTest.FRANKENBERG, BigDecimal.ONE)), null));
        assertThrows(NotFoundException.class, () -> service.planning.updatePlace(TestPlatform.lprAdmin(), other.id(),
                markt.id(), new PlaceRequest(OEDERAN, "X", PlaceCategory.PARK, 50.86, 13.17, 4, null, moved.version())));
        assertThrows(NotFoundException.class, () -> service.planning.updatePlace(oederan, compound.id(),
                "not-a-uuid", new PlaceRequest(OEDERAN, "X", PlaceCategory.PARK, 50.86, 13.17, 4, null, 1)));
        assertThrows(NotFoundException.class, () -> service.compounds.updateCompound(
                TestPlatform.municipalUser(PatrolServiceTest.FRANKENBERG), compound.id(),
                PatrolServiceTest.floehaRequest()));
    }

    @Test
    public void aLogBelongsToItsMemberAndAFailedOneAnnouncesNothing() {
        Officer officer = service.resources.addOfficer(floeha, compound.id(), new OfficerRequest("Officer", FLOEHA,
                BigDecimal.valueOf(40), List.of(), null));
        LocalDateTime start = LocalDateTime.of(2020, 10, 5, 8, 0);
        LogRequest log = new LogRequest(null, OEDERAN, start, start.plusHours(6), List.of(officer.id()), null,
                BigDecimal.TEN, List.of(), null, List.of(), 0);
        service.logs.addLog(TestPlatform.municipalUser(OEDERAN), compound.id(), log);
        Event created = only("org/asskomm/patrol/PatrolLog/CREATED");
        assertEquals(OEDERAN, created.getProperty("municipality"));
        assertEquals(OEDERAN, audit("CREATE").get(0).municipality());
        // six more hours the same day exceed the working-time limit: 409, no second event
        assertThrows(ConflictException.class, () -> service.logs.addLog(floeha, compound.id(), new LogRequest(null,
                FLOEHA, start.plusHours(7), start.plusHours(13).minusMinutes(30), List.of(officer.id()), null,
                BigDecimal.ONE, List.of(), null, List.of(), 0)));
        assertEquals(1, platform.events.topic("org/asskomm/patrol/PatrolLog/CREATED").size());
    }

    @Test
    public void offenceCategoriesAreTheLprsAndAuditedWithoutEvent() {
        assertThrows(AccessDeniedException.class, () -> service.logs.addOffenceCategory(floeha,
                new OffenceCategory("NOISE", "Lärm")));
        platform.events.clear();
        assertEquals("Lärm", service.logs.addOffenceCategory(TestPlatform.lprAdmin(),
                new OffenceCategory("NOISE", "Lärm")).label());
        assertThrows(ConflictException.class, () -> service.logs.addOffenceCategory(TestPlatform.lprAdmin(),
                new OffenceCategory("NOISE", "Lärm")));
        AuditEntry entry = audit("CREATE").get(0);
        assertEquals("OffenceCategory", entry.entityType());
        assertTrue(entry.after(), entry.after().contains("\"NOISE\""));
        assertTrue(platform.events.events().isEmpty());
        assertFalse(service.logs.offenceCategories().stream().noneMatch(c -> c.code().equals("NOISE")));
    }
}
