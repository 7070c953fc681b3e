package org.asskomm.agreements.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.asskomm.agreements.api.Agreement;
import org.asskomm.agreements.api.AgreementEvents;
import org.asskomm.agreements.api.AgreementDraft;
import org.asskomm.agreements.api.AgreementQuery;
import org.asskomm.agreements.api.AgreementStatistics;
import org.asskomm.agreements.api.AgreementStatus;
import org.asskomm.agreements.api.Amendment;
import org.asskomm.agreements.api.Party;
import org.asskomm.agreements.api.PartyType;
import org.asskomm.agreements.api.Transition;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ModuleNotEnabledException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;

/** The registry on the real platform core over H2: rights, lifecycle, locking, audit, events. */
public class AgreementRegistryTest {

    private TestPlatform platform;
    private AgreementRegistry registry;

    @Before
    public void setUp() {
        platform = new TestPlatform().enable(AgreementsModule.ID, "14522150");
        platform.events.checkAgainst(AgreementEvents.CATALOGUE);
        registry = new AgreementRegistry(platform.database, platform.schema(AgreementsModule.ID, AgreementRegistry.class),
                platform.municipalities, platform.writes,
                Clock.fixed(LocalDate.of(2020, 12, 10).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(),
                        ZoneId.of("Europe/Berlin")));
    }

    @Test
    public void theFrankenbergAgreementIsSignedAndAnnounced() {
        Agreement a = registry.create(TestPlatform.municipalUser("14522150"), AgreementsDemo.frankenbergAgreement());
        assertEquals(AgreementStatus.FIRST_CONTACT, a.status());
        Agreement signed = registry.transition(TestPlatform.lprAdmin(), a.id(),
                new Transition(AgreementStatus.SIGNED, LocalDate.of(2020, 12, 9), "Frankenberg/Sa.", a.version()));
        assertEquals(AgreementStatus.SIGNED, signed.status());
        assertEquals(LocalDate.of(2020, 12, 9), signed.signedOn());
        assertEquals(2, signed.history().size());
        assertEquals(1, platform.events.topic("org/asskomm/agreements/Agreement/SIGNED").size());
        org.osgi.service.event.Event event = platform.events.topic("org/asskomm/agreements/Agreement/SIGNED").get(0);
        assertEquals("14522150", event.getProperty("municipality"));
        assertEquals("2020-12-09", event.getProperty("date"));   // the signing day, not the day it was recorded
        assertEquals("Frankenberg/Sa.", event.getProperty("place"));
        assertEquals("FIRST_CONTACT", event.getProperty("previous"));
        assertEquals(1, event.getProperty("payloadVersion"));
        assertEquals(1, platform.audit.search(new AuditQuery("agreements", null, null, "SIGNED", null, null, null),
                new PageRequest(0, 10)).total());
        AgreementStatistics stats = registry.statistics(2020);
        assertEquals(1, stats.municipalitiesWithSignedAgreement());
        assertTrue(stats.byDistrict().stream().anyMatch(d -> d.district().equals("Mittelsachsen") && d.signed() == 1));
    }

    @Test
    public void aBackDatedFirstContactAndEarlierStepsReadInDateOrder() {
        AgreementDraft d = AgreementsDemo.frankenbergAgreement();
        assertEquals(LocalDate.of(2020, 6, 15), d.firstContactOn());
        Agreement a = registry.create(TestPlatform.municipalUser("14522150"), d);
        assertEquals(LocalDate.of(2020, 6, 15), a.history().get(0).on());
        // a pre-agreement entered after the signing but dated before it: the history sorts by the dates
        Agreement pre = registry.transition(TestPlatform.lprAdmin(), a.id(),
                new Transition(AgreementStatus.PRE_AGREEMENT, LocalDate.of(2020, 9, 1), null, a.version()));
        Agreement signed = registry.transition(TestPlatform.lprAdmin(), a.id(),
                new Transition(AgreementStatus.SIGNED, LocalDate.of(2020, 12, 9), "Frankenberg/Sa.", pre.version()));
        assertEquals(List.of(LocalDate.of(2020, 6, 15), LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 9)),
                signed.history().stream().map(Agreement.StatusChange::on).toList());

        // a first contact in the future (the clock says 10 December 2020) is refused, naming the field
        AgreementDraft future = new AgreementDraft(d.municipality(), d.subject(), d.goals(), d.measures(), d.parties(),
                null, null, null, LocalDate.of(2020, 12, 11));
        ValidationException e = assertThrows(ValidationException.class,
                () -> registry.create(TestPlatform.municipalUser("14522150"), future));
        assertEquals("firstContactOn", e.errors().get(0).field());
    }

    @Test
    public void anotherMunicipalitySeesNothingAndChangesNothing() {
        Agreement a = registry.create(TestPlatform.municipalUser("14522150"), AgreementsDemo.frankenbergAgreement());
        assertThrows(NotFoundException.class, () -> registry.get(TestPlatform.municipalUser("14522140"), a.id()));
        assertEquals(0, registry.list(TestPlatform.municipalUser("14522140"),
                new AgreementQuery(null, null, null, null, null), new PageRequest(0, 10)).total());
        assertThrows(AccessDeniedException.class, () -> registry.create(TestPlatform.municipalUser("14522140"),
                AgreementsDemo.frankenbergAgreement()));
        assertEquals(a.id(), registry.get(TestPlatform.police(), a.id()).id());
        assertEquals(1, registry.list(TestPlatform.viewer(), new AgreementQuery(null, "Mittelsachsen", "polizei", null, null),
                new PageRequest(0, 10)).total());
    }

    @Test
    public void aMunicipalityThatDidNotEnableTheModuleIsRefused() {
        AgreementDraft floeha = new AgreementDraft("14522140", "Flöha", List.of(), List.of(), List.of(
                new Party("Stadt Flöha", PartyType.MUNICIPALITY, "14522140", List.of()),
                new Party("LPR", PartyType.LPR, null, List.of())), null, null, null);
        assertThrows(ModuleNotEnabledException.class, () -> registry.create(TestPlatform.lprAdmin(), floeha));
    }

    @Test
    public void staleVersionsAndSignedPartiesAreConflicts() {
        Agreement a = registry.create(TestPlatform.lprAdmin(), AgreementsDemo.frankenbergAgreement());
        AgreementDraft d = AgreementsDemo.frankenbergAgreement();
        AgreementDraft edit = new AgreementDraft(d.municipality(), "Neuer Betreff", d.goals(), d.measures(), d.parties(),
                null, null, a.version());
        Agreement edited = registry.update(TestPlatform.lprAdmin(), a.id(), edit);
        assertEquals("Neuer Betreff", edited.subject());
        assertThrows(ConflictException.class, () -> registry.update(TestPlatform.lprAdmin(), a.id(), edit));
        Agreement signed = registry.transition(TestPlatform.lprAdmin(), a.id(),
                new Transition(AgreementStatus.SIGNED, LocalDate.of(2020, 12, 9), "Frankenberg/Sa.", edited.version()));
        AgreementDraft otherParties = new AgreementDraft(d.municipality(), "x", d.goals(), d.measures(),
                d.parties().subList(0, 2), null, null, signed.version());
        assertThrows(ConflictException.class, () -> registry.update(TestPlatform.lprAdmin(), a.id(), otherParties));
        Agreement amended = registry.amend(TestPlatform.lprAdmin(), a.id(),
                new Amendment(null, LocalDate.of(2020, 12, 10), "Police station Mittweida replaces the directorate"));
        assertEquals(1, amended.amendments().size());
        assertEquals(3, amended.parties().size());
        assertThrows(ConflictException.class, () -> registry.transition(TestPlatform.lprAdmin(), a.id(),
                new Transition(AgreementStatus.PRE_AGREEMENT, null, null, amended.version())));
    }

    @Test
    public void invalidInputWritesNothing() {
        AgreementDraft d = AgreementsDemo.frankenbergAgreement();
        AgreementDraft bad = new AgreementDraft(d.municipality(), "", d.goals(), d.measures(), d.parties(), null, null, null);
        assertThrows(ValidationException.class, () -> registry.create(TestPlatform.lprAdmin(), bad));
        assertEquals(0, registry.list(TestPlatform.lprAdmin(), new AgreementQuery(null, null, null, null, null),
                new PageRequest(0, 10)).total());
        assertEquals(0, platform.audit.search(new AuditQuery("agreements", null, null, null, null, null, null),
                new PageRequest(0, 10)).total());
    }
}
