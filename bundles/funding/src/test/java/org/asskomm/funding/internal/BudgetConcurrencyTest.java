package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.Fixture.FLOEHA;
import static org.asskomm.funding.internal.Fixture.FRANKENBERG;
import static org.asskomm.funding.internal.Fixture.LPR;
import static org.asskomm.funding.internal.Fixture.eur;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationQuery;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.LedgerEntry;
import org.asskomm.funding.api.LedgerKind;
import org.asskomm.funding.api.Programme;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.testing.MessageFiles;
import org.junit.Test;

/**
 * The budget invariant under load: 50 approvals of 12,000.00 EUR each race against a budget of 100,000.00 EUR.
 * Exactly 8 fit (96,000.00); the other 42 must be refused with 409, and the ledger must hold exactly one
 * commitment per approval. The threads alternate between two independent service stacks (store and service
 * built twice) that share nothing but the database, as two Karaf nodes would.
 */
public class BudgetConcurrencyTest {

    private static final int THREADS = 50;

    @Test
    public void fiftyConcurrentApprovalsNeverOvercommitTheBudget() throws Exception {
        Fixture f = new Fixture();
        Programme programme = f.createProgramme("100000.00");
        List<Application> pending = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            pending.add(f.underReview(programme.id(), i % 2 == 0 ? FRANKENBERG : FLOEHA, "12000.00", "1500.00"));
        }

        ApplicationRegistry otherNode = new ApplicationRegistry(f.platform.database, f.platform.municipalities,
                f.platform.writes, java.time.Clock.systemDefaultZone());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Application a = pending.get(i);
            ApplicationRegistry node = i % 2 == 0 ? f.applications : otherNode;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    node.decide(LPR, a.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("12000.00"),
                            null, null, null, null, a.version()));
                    return "approved";
                } catch (ConflictException e) {
                    assertTrue(e.getMessage(), MessageFiles.english(e.detail()).contains("exceeds the remaining budget"));
                    return "409";
                }
            }));
        }
        start.countDown();
        int approved = 0;
        int refused = 0;
        for (Future<String> r : results) {
            if (r.get(60, TimeUnit.SECONDS).equals("approved")) {
                approved++;
            } else {
                refused++;
            }
        }
        pool.shutdown();

        assertEquals(8, approved);
        assertEquals(THREADS - 8, refused);
        Programme after = f.programmes.programme(LPR, programme.id());
        assertTrue(after.figures().committed().compareTo(after.budget()) <= 0);
        assertEquals(eur("96000.00"), after.figures().committed());
        assertEquals(eur("4000.00"), after.figures().available());

        List<LedgerEntry> ledger = f.payments.ledger(LPR, programme.id(), null, null, null, new PageRequest(0, 500))
                .items();
        assertEquals(8, ledger.size());
        Set<String> committedApplications = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (LedgerEntry e : ledger) {
            assertEquals(LedgerKind.COMMITMENT, e.kind());
            assertTrue("no application committed twice", committedApplications.add(e.applicationId()));
            sum = sum.add(e.amount());
        }
        assertEquals(eur("96000.00"), sum);
        List<Application> approvedApps = f.applications.applications(LPR, new ApplicationQuery(programme.id(), null,
                ApplicationStatus.APPROVED, null), new PageRequest(0, 500)).items();
        assertEquals(committedApplications, new HashSet<>(approvedApps.stream().map(Application::id).toList()));
        assertEquals(THREADS - 8, f.applications.applications(LPR, new ApplicationQuery(programme.id(), null,
                ApplicationStatus.UNDER_REVIEW, null), new PageRequest(0, 500)).total());
    }
}
