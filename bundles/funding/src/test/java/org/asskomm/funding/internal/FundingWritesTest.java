package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.Fixture.FLOEHA;
import static org.asskomm.funding.internal.Fixture.FRANKENBERG;
import static org.asskomm.funding.internal.Fixture.LPR;
import static org.asskomm.funding.internal.Fixture.eur;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.MoneyRequest;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditEntry;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;
import org.osgi.service.event.Event;

/** What the write pipeline gives the funding module: one transaction per write, its audit entry, its events. */
public class FundingWritesTest {

    private final Fixture f = new Fixture();

    private List<AuditEntry> audit(String action, String id) {
        return f.platform.audit.search(new AuditQuery("funding", null, null, action, id, null, null),
                new PageRequest(0, 10)).items();
    }

    private static DecisionRequest approve(Application a, String granted) {
        return new DecisionRequest(DecisionOutcome.APPROVED, eur(granted), null, null, null, null, a.version());
    }

    @Test
    public void anApprovalIsOneAuditedChangeWithItsCommitment() {
        Programme programme = f.createProgramme("100000.00");
        Application a = f.underReview(programme.id(), FRANKENBERG, "18000.00", "2000.00");
        f.platform.events.clear();
        Application approved = f.applications.decide(LPR, a.id(), approve(a, "18000.00"));

        List<AuditEntry> entries = audit("APPROVE", a.id());
        assertEquals(1, entries.size());
        // before and after of the same transaction: the after already carries the committed grant
        assertTrue(entries.get(0).before(), entries.get(0).before().contains("\"UNDER_REVIEW\""));
        assertTrue(entries.get(0).after(), entries.get(0).after().contains("\"committed\":18000.00"));
        assertEquals(eur("18000.00"), approved.money().committed());
        List<Event> events = f.platform.events.topic("org/asskomm/funding/Application/APPROVED");
        assertEquals(1, events.size());
        assertEquals(FRANKENBERG, events.get(0).getProperty("municipality"));
        assertEquals(a.id(), String.valueOf(events.get(0).getProperty("id")));
    }

    @Test
    public void aRefusedApprovalWritesNothing() {
        Programme programme = f.createProgramme("20000.00");
        Application a = f.underReview(programme.id(), FRANKENBERG, "18000.00", "2000.00");
        Application b = f.underReview(programme.id(), FLOEHA, "18000.00", "2000.00");
        f.applications.decide(LPR, a.id(), approve(a, "18000.00"));
        f.platform.events.clear();
        try {
            f.applications.decide(LPR, b.id(), approve(b, "18000.00"));
            fail("expected a 409");
        } catch (ConflictException e) {
            assertTrue(e.getMessage(), MessageFiles.english(e.detail()).contains("remaining budget 2,000.00"));
        }
        Application unchanged = f.applications.application(LPR, b.id());
        assertEquals(ApplicationStatus.UNDER_REVIEW, unchanged.status());
        assertEquals(b.version(), unchanged.version());
        assertEquals(eur("0.00"), unchanged.money().committed());
        assertEquals(0, audit("APPROVE", b.id()).size());
        assertTrue(f.platform.events.events().isEmpty());
        assertEquals(eur("18000.00"), f.programmes.programme(LPR, programme.id()).figures().committed());
    }

    @Test
    public void movementsAreAuditedOnTheApplicationAndAnnounceTheirAmount() {
        Programme programme = f.createProgramme("100000.00");
        Application a = f.underReview(programme.id(), FRANKENBERG, "27000.00", "3000.00");
        f.applications.decide(LPR, a.id(), approve(a, "27000.00"));
        f.platform.events.clear();
        f.payments.payout(LPR, a.id(), new MoneyRequest(eur("10000.00"), LocalDate.of(2027, 2, 1), "advance"));
        f.payments.reclaim(LPR, a.id(), new MoneyRequest(eur("5000.00"), null, "cheaper"));

        Event paid = f.platform.events.topic("org/asskomm/funding/Application/PAID").get(0);
        assertEquals("10000.00", paid.getProperty("amount"));
        assertEquals("2027-02-01", paid.getProperty("valueDate"));
        assertEquals(FRANKENBERG, paid.getProperty("municipality"));
        assertEquals(1, f.platform.events.topic("org/asskomm/funding/Application/RECLAIMED").size());
        AuditEntry payout = audit("PAYOUT", a.id()).get(0);
        assertEquals("Application", payout.entityType());
        assertTrue(payout.after(), payout.after().contains("\"paid\":10000.00"));
        assertEquals(1, audit("RECLAIM", a.id()).size());
        // a refused movement: nothing booked, audited or announced
        f.platform.events.clear();
        try {
            f.payments.repayment(LPR, a.id(), new MoneyRequest(eur("1.00"), null, null));
            fail("expected a 409");
        } catch (ConflictException expected) {
            // nothing is due
        }
        assertTrue(f.platform.events.events().isEmpty());
        assertEquals(0, audit("REPAYMENT", a.id()).size());
    }

    @Test
    public void programmesAreTheLprsAndUnknownIdsAreNotFound() {
        Programme programme = f.createProgramme("100000.00");
        ProgrammeRequest change = new ProgrammeRequest(null, "renamed", null, null, null, null, null, null, null, null,
                null, null, null, null, null, programme.version(), null, null, null);
        try {
            f.programmes.updateProgramme(TestPlatform.municipalUser(FRANKENBERG), programme.id(), change);
            fail("expected a 403");
        } catch (AccessDeniedException expected) {
            // programmes belong to no municipality: only the LPR changes them
        }
        assertEquals(0, audit("UPDATE", programme.id()).size());
        assertEquals("renamed", f.programmes.updateProgramme(LPR, programme.id(), change).title());
        assertEquals(1, f.platform.events.topic("org/asskomm/funding/Programme/UPDATED").size());
        for (String id : List.of("no-uuid", programme.id().toUpperCase())) {
            try {
                f.programmes.updateProgramme(LPR, id, change);
                fail("expected a 404 for " + id);
            } catch (NotFoundException expected) {
                // ids are UUIDs in canonical form
            }
        }
    }
}
