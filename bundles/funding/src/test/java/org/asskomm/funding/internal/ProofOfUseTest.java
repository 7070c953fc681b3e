package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.Fixture.FRANKENBERG;
import static org.asskomm.funding.internal.Fixture.LPR;
import static org.asskomm.funding.internal.Fixture.YEAR;
import static org.asskomm.funding.internal.Fixture.eur;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.CostItem;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.LedgerKind;
import org.asskomm.funding.api.MoneyRequest;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.funding.api.ProofReminder;
import org.asskomm.funding.api.ProofRequest;
import org.asskomm.funding.api.ProofReviewRequest;
import org.asskomm.funding.api.VersionRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;

/** Proof of use after ANBest-K: deviations from the plan, deadlines, review outcome, reclaim and interest. */
public class ProofOfUseTest {

    private final Fixture f = new Fixture();
    private final CurrentUser frankenberg = TestPlatform.municipalUser(FRANKENBERG);
    private final Programme programme = f.programmes.createProgramme(LPR, new ProgrammeRequest(YEAR, "Landesprogramm",
            eur("500000.00"), null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null, eur("0.05")));

    /** Events 12,000 + material 8,000 = 20,000: 18,000 granted, paid in full, proof due 31 Dec. */
    private Application approvedAndPaid() {
        Application a = f.applications.create(frankenberg, Fixture.request(programme.id(), FRANKENBERG, List.of(
                new CostItem("EVENTS", "Projekttage", eur("12000.00"), null, null, null),
                new CostItem("MATERIAL", "Material", eur("8000.00"), null, null, null)), "18000.00", "2000.00", "0"));
        a = f.applications.submit(frankenberg, a.id(), new VersionRequest(a.version()));
        a = f.applications.startReview(LPR, a.id(), new VersionRequest(a.version()));
        a = f.applications.decide(LPR, a.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("18000.00"), null,
                null, null, LocalDate.of(YEAR, 12, 31), a.version()));
        f.payments.payout(LPR, a.id(), new MoneyRequest(eur("18000.00"), null, null));
        return f.applications.application(LPR, a.id());
    }

    @Test
    public void aDeviationOverTwentyPercentIsFlaggedAndThePartialReclaimIsComputedToTheCent() {
        Application a = approvedAndPaid();
        a = f.applications.submitProof(frankenberg, a.id(), new ProofRequest(List.of(
                new Application.ActualCost("EVENTS", eur("9000.00")), new Application.ActualCost("MATERIAL",
                        eur("8333.33"))), "Vier Projekttage statt fünf, Material wie geplant.", a.version()));
        List<Application.Deviation> deviations = a.proof().deviations();
        assertEquals(2, deviations.size());
        Application.Deviation events = deviations.get(0);
        assertEquals("EVENTS", events.category());
        assertEquals(eur("-3000.00"), events.difference());
        assertEquals(eur("-25.0"), events.percent());
        assertTrue(events.flagged());
        assertEquals(eur("4.2"), deviations.get(1).percent());
        assertFalse(deviations.get(1).flagged());
        assertNull(a.proof().outcome());

        // 90 % of 17,333.33 = 15,599.997 -> 15,599.99: 2,400.01 reclaimed; paid 18,000 -> 2,400.01 to pay back
        a = f.applications.reviewProof(LPR, a.id(), new ProofReviewRequest(eur("17333.33"), "geprüft", a.version()));
        assertEquals(eur("15599.99"), a.proof().finalGrant());
        assertEquals(Application.ProofOutcome.PARTIAL_RECLAIM, a.proof().outcome());
        assertEquals(eur("2400.01"), a.proof().reclaimedByReview());
        assertEquals(eur("2400.01"), a.money().repaymentDue());
        // 2,400.01 x 5 % / 365 = 0.3287... -> 0.32 a day
        assertEquals(eur("0.32"), a.proof().interestPerDay());
        assertEquals(eur("2400.01"), f.payments.ledger(LPR, null, a.id(), null, LedgerKind.RECLAIM,
                new PageRequest(0, 5)).items().get(0).amount());
    }

    @Test
    public void aProofInLineWithThePlanIsAccepted() {
        Application a = approvedAndPaid();
        a = f.applications.submitProof(frankenberg, a.id(), new ProofRequest(List.of(
                new Application.ActualCost("EVENTS", eur("12500.00")), new Application.ActualCost("MATERIAL",
                        eur("7500.00"))), "Wie geplant.", a.version()));
        assertTrue(a.proof().deviations().stream().noneMatch(Application.Deviation::flagged));
        a = f.applications.reviewProof(LPR, a.id(), new ProofReviewRequest(eur("20000.00"), null, a.version()));
        assertEquals(Application.ProofOutcome.ACCEPTED, a.proof().outcome());
        assertEquals(eur("0.00"), a.proof().reclaimedByReview());
        assertNull(a.proof().interestPerDay());
    }

    @Test
    public void remindersListProofsDueSoonAndOverdue() {
        Application a = approvedAndPaid();
        List<ProofReminder> soon = f.serviceOn(LocalDate.of(YEAR, 12, 21)).proofReminders(frankenberg, 30);
        assertEquals(1, soon.size());
        assertEquals(10, soon.get(0).daysLeft());
        assertFalse(soon.get(0).overdue());
        assertTrue(f.serviceOn(LocalDate.of(YEAR, 11, 1)).proofReminders(frankenberg, 30).isEmpty());
        ProofReminder late = f.serviceOn(LocalDate.of(YEAR + 1, 1, 6)).proofReminders(LPR, 30).get(0);
        assertEquals(a.id(), late.applicationId());
        assertEquals(-6, late.daysLeft());
        assertTrue(late.overdue());
        try {
            f.applications.proofReminders(LPR, 0);
            org.junit.Assert.fail();
        } catch (ValidationException e) {
            assertEquals("days", e.errors().get(0).field());
        }
    }
}
