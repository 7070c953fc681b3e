package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.Fixture.CHEMNITZ;
import static org.asskomm.funding.internal.Fixture.FLOEHA;
import static org.asskomm.funding.internal.Fixture.FRANKENBERG;
import static org.asskomm.funding.internal.Fixture.LPR;
import static org.asskomm.funding.internal.Fixture.eur;
import static org.asskomm.funding.internal.Fixture.request;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationQuery;
import org.asskomm.funding.api.ApplicationRequest;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.CostItem;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.LedgerKind;
import org.asskomm.funding.api.MoneyRequest;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.funding.api.ProofRequest;
import org.asskomm.funding.api.ProofReviewRequest;
import org.asskomm.funding.api.ReportDimension;
import org.asskomm.funding.api.ReportRow;
import org.asskomm.funding.api.VersionRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.ModuleNotEnabledException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;
import org.osgi.service.event.Event;

/** Every transition and the rules around it, on the real platform core. */
public class FundingServiceTest {

    private final Fixture f = new Fixture();
    private final ProgrammeRegistry programmes = f.programmes;
    private final ApplicationRegistry applications = f.applications;
    private final PaymentRegistry payments = f.payments;
    private final CurrentUser frankenberg = TestPlatform.municipalUser(FRANKENBERG);
    private final Programme programme = f.createProgramme("1300000.00");

    private static void assertField(Runnable action, String field) {
        try {
            action.run();
            fail("expected a 400 naming " + field);
        } catch (ValidationException e) {
            List<String> fields = e.errors().stream().map(FieldError::field).toList();
            assertTrue(field + " not in " + fields + ": " + e.getMessage(), fields.contains(field));
        }
    }

    private static void assertConflict(Runnable action, String fragment) {
        try {
            action.run();
            fail("expected a 409");
        } catch (ConflictException e) {
            String english = MessageFiles.english(e.detail());
            assertTrue(english, english.contains(fragment));
        }
    }

    private long ledgerRows() {
        return payments.ledger(LPR, programme.id(), null, null, null, new PageRequest(0, 500)).total();
    }

    @Test
    public void programmeTakesTheGuidelineDefaults() {
        assertEquals(eur("0.9000"), programme.fundingRate());
        assertEquals(eur("0.1000"), programme.minOwnShare());
        assertEquals(eur("10000.00"), programme.minGrant());
        assertEquals(eur("20000.00"), programme.reimbursementThreshold());
        assertEquals(LocalDate.of(2026, 8, 31), programme.windowOpens());
        assertEquals(LocalDate.of(2026, 10, 15), programme.windowCloses());
        assertTrue(programme.eligibleCategories().contains("PERSONNEL"));
        assertTrue(!programme.eligibleCategories().contains("INVESTMENT"));
        assertEquals(List.of("E7", "E11", "E14", "E15"), programme.payGradeCaps().stream().map(c -> c.payGrade()).toList());
        assertEquals(eur("1300000.00"), programme.figures().available());
    }

    @Test
    public void programmeSettingsAreValidatedAndOnlyForTheLpr() {
        assertField(() -> programmes.createProgramme(LPR, Fixture.programme("-1.00")), "budget");
        assertField(() -> programmes.createProgramme(LPR, Fixture.programme("1.001")), "budget");
        assertField(() -> programmes.createProgramme(LPR, new ProgrammeRequest(2027, null, eur("1.00"), eur("1.5"),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)), "fundingRate");
        assertField(() -> programmes.createProgramme(LPR, new ProgrammeRequest(null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null)), "year");
        try {
            programmes.createProgramme(frankenberg, Fixture.programme("1.00"));
            fail();
        } catch (AccessDeniedException expected) {
            // only the LPR runs programmes
        }
        Programme changed = programmes.updateProgramme(LPR, programme.id(), new ProgrammeRequest(null, null, null,
                eur("0.80"), null, null, eur("50000.00"), null, null, null, null, null, null, null, null, programme.version(), null, null, null));
        assertEquals(eur("0.8000"), changed.fundingRate());
        assertEquals(eur("50000.00"), changed.capPerApplication());
        assertEquals(eur("1300000.00"), changed.budget());
        assertConflict(() -> programmes.updateProgramme(LPR, programme.id(), new ProgrammeRequest(null, null,
                eur("1.00"), null, null, null, null, null, null, null, null, null, null, null, null, 0, null, null, null)), "stale");
    }

    @Test
    public void wholeLifecycleWithLedgerAndFiguresToTheCent() {
        Application a = applications.create(frankenberg, request(programme.id(), FRANKENBERG, "32400.00", "3600.00"));
        assertEquals(ApplicationStatus.DRAFT, a.status());
        assertEquals("Mittelsachsen", a.district());
        a = applications.submit(frankenberg, a.id(), new VersionRequest(a.version()));
        assertEquals(ApplicationStatus.SUBMITTED, a.status());
        a = applications.startReview(LPR, a.id(), new VersionRequest(a.version()));
        assertEquals(ApplicationStatus.UNDER_REVIEW, a.status());
        a = applications.decide(LPR, a.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("30000.00"), "report",
                "partly: public relations too high", null, null, a.version()));
        assertEquals(ApplicationStatus.APPROVED, a.status());
        assertTrue(a.decision().partial());
        assertEquals(LocalDate.of(2028, 5, 30), a.proofDue());  // project end + 6 months
        assertEquals(eur("30000.00"), a.money().committed());

        payments.payout(LPR, a.id(), new MoneyRequest(eur("20000.00"), null, "advance"));
        assertConflict(() -> payments.payout(LPR, f.applications.application(LPR, programmeApp(FRANKENBERG)).id(),
                new MoneyRequest(eur("10000.01"), null, null)), "exceeds what remains payable");

        a = applications.application(frankenberg, a.id());
        a = applications.submitProof(frankenberg, a.id(), new ProofRequest(List.of(new Application.ActualCost("MATERIAL",
                eur("30000.00"))), "done", a.version()));
        assertEquals(ApplicationStatus.PROOF_SUBMITTED, a.status());
        a = applications.reviewProof(LPR, a.id(), new ProofReviewRequest(eur("30000.00"), "ok", a.version()));
        assertEquals(ApplicationStatus.CLOSED, a.status());
        // final grant = 0.9 x 30,000 = 27,000: 3,000 reclaimed; 20,000 paid, 7,000 still payable
        assertEquals(eur("27000.00"), a.proof().finalGrant());
        assertEquals(eur("3000.00"), a.money().reclaimed());
        assertEquals(eur("27000.00"), a.money().committed());
        assertEquals(eur("7000.00"), a.money().payable());
        payments.payout(LPR, a.id(), new MoneyRequest(eur("7000.00"), null, "final"));

        Programme p = programmes.programme(LPR, programme.id());
        assertEquals(eur("30000.00"), p.figures().granted());
        assertEquals(eur("3000.00"), p.figures().reclaimed());
        assertEquals(eur("27000.00"), p.figures().committed());
        assertEquals(eur("27000.00"), p.figures().paid());
        assertEquals(eur("1273000.00"), p.figures().available());
        assertEquals(4, ledgerRows());
        List<ReportRow> byDistrict = programmes.report(LPR, programme.id(), ReportDimension.DISTRICT);
        assertEquals(1, byDistrict.size());
        assertEquals("Mittelsachsen", byDistrict.get(0).key());
        assertEquals(eur("27000.00"), byDistrict.get(0).committed());

        List<String> topics = f.platform.events.events().stream().map(Event::getTopic).toList();
        assertTrue(topics.containsAll(List.of("org/asskomm/funding/Application/SUBMITTED",
                "org/asskomm/funding/Application/APPROVED", "org/asskomm/funding/Application/PROOF_REVIEWED")));
        assertTrue(f.platform.audit.search(new AuditQuery("funding", null, null, "APPROVE", a.id(), null, null),
                new PageRequest(0, 10)).total() == 1);
    }

    private String programmeApp(String ags) {
        return applications.applications(LPR, new ApplicationQuery(programme.id(), ags, null, null), new PageRequest(0, 1))
                .items().get(0).id();
    }

    @Test
    public void rejectionAndWithdrawalAndIllegalTransitions() {
        Application a = f.underReview(programme.id(), FRANKENBERG, "18000.00", "2000.00");
        Application id = a;
        assertField(() -> applications.decide(LPR, id.id(), new DecisionRequest(DecisionOutcome.REJECTED, null, null, null,
                null, null, id.version())), "reason");
        a = applications.decide(LPR, a.id(), new DecisionRequest(DecisionOutcome.REJECTED, null, null, "not preventive",
                null, null, a.version()));
        assertEquals(ApplicationStatus.REJECTED, a.status());
        Application rejected = a;
        assertConflict(() -> applications.withdraw(frankenberg, rejected.id(), new VersionRequest(rejected.version())),
                "status is \"rejected\"");
        assertConflict(() -> applications.submitProof(frankenberg, rejected.id(), new ProofRequest(
                List.of(new Application.ActualCost("MATERIAL", eur("1.00"))), "r", rejected.version())),
                "status is \"rejected\"");

        Application b = applications.create(frankenberg, request(programme.id(), FRANKENBERG, "18000.00", "2000.00"));
        assertConflict(() -> applications.startReview(LPR, b.id(), new VersionRequest(b.version())), "status is \"draft\"");
        Application withdrawn = applications.withdraw(frankenberg, b.id(), new VersionRequest(b.version()));
        assertEquals(ApplicationStatus.WITHDRAWN, withdrawn.status());
        assertConflict(() -> applications.submit(frankenberg, b.id(), new VersionRequest(withdrawn.version())),
                "status is \"withdrawn\"");
        assertEquals(0, ledgerRows());
    }

    @Test
    public void badAmountsAndPlansAreRefusedNamingTheField() {
        String p = programme.id();
        assertField(() -> applications.create(frankenberg, request(p, FRANKENBERG, "-1.00", "2000.00")), "requestedAmount");
        assertField(() -> applications.create(frankenberg, request(p, FRANKENBERG, "18000.001", "2000.00")),
                "requestedAmount");
        // plan 20,000 but financing 18,000 + 2,000 + 500
        assertField(() -> applications.create(frankenberg, request(p, FRANKENBERG, List.of(new CostItem("MATERIAL", "m",
                eur("20000.00"), null, null, null)), "18000.00", "2000.00", "500.00")), "costPlan");
        // 95 % of the costs: above the 90 % rate, and the own share below 10 %
        assertField(() -> applications.create(frankenberg, request(p, FRANKENBERG, "19000.00", "1000.00")),
                "requestedAmount");
        assertField(() -> applications.create(frankenberg, request(p, FRANKENBERG, "19000.00", "1000.00")),
                "ownContribution");
        // at or below the minimum grant without an exception
        assertField(() -> applications.create(frankenberg, request(p, FRANKENBERG, "9000.00", "1000.00")),
                "requestedAmount");
        ApplicationRequest noConsultation = new ApplicationRequest(p, FRANKENBERG, "Stadt", "t", "Gewaltprävention",
                "Saxony", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), null, Fixture.description(), null, " ",
                List.of(new CostItem("PERSONNEL", "x", eur("20000.00"), "E99", null, null)), eur("18000.00"),
                eur("2000.00"), null, false, null, null);
        for (String field : List.of("consultationDate", "consultationReference", "costPlan[0].payGrade",
                "costPlan[0].personYears", "costPlan[0].qualification")) {
            assertField(() -> applications.create(frankenberg, noConsultation), field);
        }
        assertEquals(0, applications.applications(LPR, new ApplicationQuery(p, null, null, null), new PageRequest(0, 10))
                .total());
    }

    @Test
    public void minimumGrantExceptionNeedsTheReviewersJustification() {
        ApplicationRequest small = new ApplicationRequest(programme.id(), FRANKENBERG, "Stadt", "Event after a riot",
                "Gewaltprävention", "Saxony", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), null,
                Fixture.description(), LocalDate.of(2026, 6, 1), "LPR-1", List.of(new CostItem("EVENTS", "e",
                eur("5000.00"), null, null, null)), eur("4500.00"), eur("500.00"), null, true, "event-driven", null);
        Application a = applications.create(frankenberg, small);
        a = applications.submit(frankenberg, a.id(), new VersionRequest(a.version()));
        Application r = applications.startReview(LPR, a.id(), new VersionRequest(a.version()));
        assertField(() -> applications.decide(LPR, r.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("4500.00"),
                null, null, null, null, r.version())), "exceptionJustification");
        Application approved = applications.decide(LPR, r.id(), new DecisionRequest(DecisionOutcome.APPROVED,
                eur("4500.00"), null, null, "short notice after the incident of May", null, r.version()));
        assertEquals(ApplicationStatus.APPROVED, approved.status());
        assertTrue(approved.money().reimbursementOnly());
        // below 20,000 EUR: no payout before the proof of use is accepted
        assertConflict(() -> payments.payout(LPR, approved.id(), new MoneyRequest(eur("100.00"), null, null)),
                "reimbursement");
    }

    @Test
    public void submissionOnlyInsideTheWindow() {
        Application a = applications.create(frankenberg, request(programme.id(), FRANKENBERG, "18000.00", "2000.00"));
        for (LocalDate day : List.of(LocalDate.of(2026, 8, 30), LocalDate.of(2026, 10, 16))) {
            assertConflict(() -> f.serviceOn(day).submit(frankenberg, a.id(), new VersionRequest(a.version())),
                    "accepted from 31 Aug 2026 to 15 Oct 2026");
        }
        assertEquals(ApplicationStatus.SUBMITTED, f.serviceOn(LocalDate.of(2026, 10, 15))
                .submit(frankenberg, a.id(), new VersionRequest(a.version())).status());
        assertEquals(ApplicationStatus.DRAFT, applications.create(frankenberg, request(programme.id(), FRANKENBERG,
                "18000.00", "2000.00")).status());
    }

    @Test
    public void approvalAboveTheRemainingBudgetIsAConflict() {
        Programme small = f.createProgramme("30000.00");
        Application a = f.underReview(small.id(), FRANKENBERG, "18000.00", "2000.00");
        Application b = f.underReview(small.id(), FLOEHA, "18000.00", "2000.00");
        applications.decide(LPR, a.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("18000.00"), null, null, null,
                null, a.version()));
        assertConflict(() -> applications.decide(LPR, b.id(), new DecisionRequest(DecisionOutcome.APPROVED,
                eur("18000.00"), null, null, null, null, b.version())), "remaining budget 12,000.00");
        assertEquals(ApplicationStatus.UNDER_REVIEW, applications.application(LPR, b.id()).status());
        // a reclaim returns budget: now it fits
        payments.reclaim(LPR, a.id(), new MoneyRequest(eur("6000.00"), null, "cheaper than planned"));
        Application approved = applications.decide(LPR, b.id(), new DecisionRequest(DecisionOutcome.APPROVED,
                eur("18000.00"), null, null, null, null, b.version()));
        assertEquals(ApplicationStatus.APPROVED, approved.status());
        assertEquals(eur("30000.00"), programmes.programme(LPR, small.id()).figures().committed());
        assertField(() -> payments.reclaim(LPR, a.id(), new MoneyRequest(eur("1.00"), null, " ")), "note");
        assertConflict(() -> payments.reclaim(LPR, a.id(), new MoneyRequest(eur("12000.01"), null, "x")),
                "exceeds the committed grant 12,000.00");
    }

    @Test
    public void capsPerApplicationAndPerMunicipalityAreProgrammeData() {
        Programme capped = programmes.createProgramme(LPR, new ProgrammeRequest(Fixture.YEAR, "capped", eur("500000.00"),
                null, null, null, eur("15000.00"), eur("25000.00"), null, null, null, null, null, null, null, null, null, null, null));
        assertField(() -> applications.create(frankenberg, request(capped.id(), FRANKENBERG, "18000.00", "2000.00")),
                "requestedAmount");
        Application a = f.underReview(capped.id(), FRANKENBERG, "13500.00", "1500.00");
        Application b = f.underReview(capped.id(), FRANKENBERG, "13500.00", "1500.00");
        applications.decide(LPR, a.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("13500.00"), null, null, null,
                null, a.version()));
        assertConflict(() -> applications.decide(LPR, b.id(), new DecisionRequest(DecisionOutcome.APPROVED,
                eur("13500.00"), null, null, null, null, b.version())), "cap per municipality 25,000.00");
        // a partial grant within the cap is possible, with its reason
        Application partial = applications.decide(LPR, b.id(), new DecisionRequest(DecisionOutcome.APPROVED,
                eur("11500.00"), null, "cap per municipality", null, null, b.version()));
        assertTrue(partial.decision().partial());
        assertEquals(eur("25000.00"), programmes.programme(LPR, capped.id()).figures().committed());
    }

    @Test
    public void staleVersionsAreConflicts() {
        Application a = applications.create(frankenberg, request(programme.id(), FRANKENBERG, "18000.00", "2000.00"));
        applications.submit(frankenberg, a.id(), new VersionRequest(a.version()));
        assertConflict(() -> applications.withdraw(frankenberg, a.id(), new VersionRequest(a.version())), "stale");
        Application r = applications.startReview(LPR, a.id(), new VersionRequest(a.version() + 1));
        assertConflict(() -> applications.decide(LPR, r.id(), new DecisionRequest(DecisionOutcome.APPROVED,
                eur("18000.00"), null, null, null, null, r.version() - 1)), "stale");
        assertEquals(0, ledgerRows());
    }

    @Test
    public void municipalitiesActOnlyForThemselvesAndOnlyWhenEnabled() {
        try {
            applications.create(frankenberg, request(programme.id(), FLOEHA, "18000.00", "2000.00"));
            fail();
        } catch (AccessDeniedException expected) {
            // foreign municipality
        }
        try {
            applications.create(TestPlatform.municipalUser(CHEMNITZ), request(programme.id(), CHEMNITZ, "18000.00",
                    "2000.00"));
            fail();
        } catch (ModuleNotEnabledException expected) {
            // Chemnitz has not enabled the module
        }
        Application a = applications.create(frankenberg, request(programme.id(), FRANKENBERG, "18000.00", "2000.00"));
        CurrentUser floeha = TestPlatform.municipalUser(FLOEHA);
        try {
            applications.application(floeha, a.id());
            fail();
        } catch (NotFoundException expected) {
            // never another municipality's data
        }
        assertEquals(0, applications.applications(floeha, new ApplicationQuery(null, null, null, null),
                new PageRequest(0, 10)).total());
        assertEquals(1, applications.applications(TestPlatform.viewer(), new ApplicationQuery(null, null, null, null),
                new PageRequest(0, 10)).total());
        Application b = f.underReview(programme.id(), FLOEHA, "18000.00", "2000.00");
        try {
            applications.decide(floeha, b.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("18000.00"), null, null,
                    null, null, b.version()));
            fail();
        } catch (AccessDeniedException expected) {
            // deciding is for the LPR
        }
        try {
            programmes.report(floeha, programme.id(), ReportDimension.MUNICIPALITY);
            fail();
        } catch (AccessDeniedException expected) {
            // reports across municipalities are for the LPR
        }
    }

    @Test
    public void overdueProofsAreListed() {
        Application a = f.underReview(programme.id(), FRANKENBERG, "18000.00", "2000.00");
        applications.decide(LPR, a.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("18000.00"), null, null, null,
                LocalDate.of(2028, 1, 31), a.version()));
        assertEquals(0, applications.overdueProofs(LPR, new PageRequest(0, 10)).total());
        ApplicationRegistry later = f.serviceOn(LocalDate.of(2028, 2, 1));
        assertEquals(a.id(), later.overdueProofs(LPR, new PageRequest(0, 10)).items().get(0).id());
        assertEquals(0, later.overdueProofs(TestPlatform.municipalUser(FLOEHA), new PageRequest(0, 10)).total());
    }

    @Test
    public void reclaimBelowPaidMakesARepaymentDue() {
        Application a = f.underReview(programme.id(), FRANKENBERG, "36000.00", "4000.00");
        a = applications.decide(LPR, a.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("36000.00"), null, null,
                null, null, a.version()));
        payments.payout(LPR, a.id(), new MoneyRequest(eur("30000.00"), null, "advance"));
        payments.reclaim(LPR, a.id(), new MoneyRequest(eur("10000.00"), null, "ineligible costs"));
        Application.Money money = applications.application(LPR, a.id()).money();
        assertEquals(eur("26000.00"), money.committed());
        assertEquals(eur("4000.00"), money.repaymentDue());
        assertEquals(eur("0.00"), money.payable());
        String id = a.id();
        assertConflict(() -> payments.repayment(LPR, id, new MoneyRequest(eur("4000.01"), null, null)),
                "repayment due 4,000.00");
        payments.repayment(LPR, a.id(), new MoneyRequest(eur("4000.00"), null, "received"));
        assertEquals(eur("0.00"), applications.application(LPR, a.id()).money().repaymentDue());
        Map<LedgerKind, BigDecimal> sums = new java.util.EnumMap<>(LedgerKind.class);
        payments.ledger(LPR, null, a.id(), null, null, new PageRequest(0, 10)).items()
                .forEach(e -> sums.merge(e.kind(), e.amount(), BigDecimal::add));
        assertEquals(Map.of(LedgerKind.COMMITMENT, eur("36000.00"), LedgerKind.PAYOUT, eur("30000.00"),
                LedgerKind.RECLAIM, eur("10000.00"), LedgerKind.REPAYMENT, eur("4000.00")), sums);
    }

    @Test
    public void consultationEventsAreKeptForTheMunicipality() {
        ConsultationListener listener = new ConsultationListener(f.platform.database, f.schema);
        Map<String, Object> props = Map.of("municipality", FRANKENBERG, "id", "c-1", "date", "2026-06-01",
                "topics", new String[] {"Präventionsrat", "Förderung"}, "occurredAt", "2026-06-01T14:30:00Z",
                "payloadVersion", 1);
        listener.handleEvent(new Event(ConsultationListener.TOPIC, props));
        listener.handleEvent(new Event(ConsultationListener.TOPIC, props));   // twice: kept once
        listener.handleEvent(new Event(ConsultationListener.TOPIC, Map.of("id", "broken")));
        var known = applications.consultations(frankenberg, FRANKENBERG);
        assertEquals(1, known.size());
        assertEquals(LocalDate.of(2026, 6, 1), known.get(0).date());
        assertEquals(List.of("Präventionsrat", "Förderung"), known.get(0).topics());
        assertEquals(java.time.Instant.parse("2026-06-01T14:30:00Z"), known.get(0).receivedAt());   // the event's time
        try {
            applications.consultations(TestPlatform.municipalUser(FLOEHA), FRANKENBERG);
            fail();
        } catch (AccessDeniedException expected) {
            // another municipality's consultations
        }
    }
}
