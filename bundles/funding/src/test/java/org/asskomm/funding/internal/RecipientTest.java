package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.Fixture.FLOEHA;
import static org.asskomm.funding.internal.Fixture.FRANKENBERG;
import static org.asskomm.funding.internal.Fixture.LPR;
import static org.asskomm.funding.internal.Fixture.eur;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Locale;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.LedgerEntry;
import org.asskomm.funding.api.MoneyRequest;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.Recipient;
import org.asskomm.funding.api.RecipientProofRequest;
import org.asskomm.funding.api.RecipientRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;

/** Third-party recipients: shares within the grant, payouts of a share, the chain in the ledger, their proofs. */
public class RecipientTest {

    private final Fixture f = new Fixture();
    private final CurrentUser frankenberg = TestPlatform.municipalUser(FRANKENBERG);
    private final Programme programme = f.createProgramme("1300000.00");

    private String conflict(Runnable action) {
        try {
            action.run();
            fail("expected a 409");
            return null;
        } catch (ConflictException e) {
            return MessageFiles.texts(Locale.GERMANY).text(e.detail());
        }
    }

    private Application approved() {
        Application a = f.underReview(programme.id(), FRANKENBERG, "18000.00", "2000.00");
        return f.applications.decide(LPR, a.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("18000.00"), null,
                null, null, null, a.version()));
    }

    private int version(Application a) {
        return f.applications.application(LPR, a.id()).version();
    }

    @Test
    public void sharesFitTheGrantPayoutsFitTheShareAndTheLedgerShowsTheChain() {
        Application a = approved();
        Recipient club = f.payments.addRecipient(frankenberg, a.id(), new RecipientRequest("Schulförderverein "
                + "Frankenberg e. V.", "Projekttage an der Oberschule", eur("10000.00"), a.version()));
        assertEquals(eur("10000.00"), club.share());
        String tooMuch = conflict(() -> f.payments.addRecipient(frankenberg, a.id(), new RecipientRequest("SV Frankenberg",
                null, eur("8000.01"), version(a))));
        assertTrue(tooMuch, tooMuch.contains("die Empfänger haben schon 10.000,00 EUR von 18.000,00 EUR"));
        f.payments.addRecipient(frankenberg, a.id(), new RecipientRequest("SV Frankenberg", null, eur("8000.00"),
                version(a)));

        LedgerEntry first = f.payments.payRecipient(LPR, a.id(), club.id(), new MoneyRequest(eur("4000.00"), null,
                "erste Rate"));
        LedgerEntry second = f.payments.payRecipient(LPR, a.id(), club.id(), new MoneyRequest(eur("5000.00"), null,
                null));
        assertEquals(club.id(), first.recipientId());
        assertEquals("Schulförderverein Frankenberg e. V.", second.recipientName());
        String beyond = conflict(() -> f.payments.payRecipient(LPR, a.id(), club.id(),
                new MoneyRequest(eur("1000.01"), null, null)));
        assertTrue(beyond, beyond.contains("übersteigt den noch offenen Anteil von 1.000,00 EUR"));
        try {
            f.payments.payRecipient(frankenberg, a.id(), club.id(), new MoneyRequest(eur("1.00"), null, null));
            fail("only the LPR pays out");
        } catch (RuntimeException expected) {
            assertTrue(!(expected instanceof ConflictException));
        }

        List<Recipient> recipients = f.payments.recipients(frankenberg, a.id());
        assertEquals(2, recipients.size());
        assertEquals(eur("9000.00"), recipients.get(0).paid());
        assertEquals(eur("1000.00"), recipients.get(0).payable());
        assertEquals(eur("9000.00"), f.applications.application(LPR, a.id()).money().paid());
        List<LedgerEntry> ledger = f.payments.ledger(LPR, null, a.id(), null, null, new PageRequest(0, 10)).items();
        assertEquals(2, ledger.stream().filter(e -> club.id().equals(e.recipientId())).count());

        Recipient proved = f.payments.submitRecipientProof(frankenberg, a.id(), club.id(), new RecipientProofRequest(
                eur("9400.00"), "Drei Projekttage mit 120 Schülerinnen und Schülern durchgeführt.", version(a)));
        assertNotNull(proved.proofSubmittedAt());
        assertEquals(eur("9400.00"), proved.proofActualCosts());
        conflict(() -> f.payments.submitRecipientProof(frankenberg, a.id(), club.id(), new RecipientProofRequest(
                eur("1.00"), "nochmal", version(a))));
    }

    @Test
    public void othersSeeNoRecipients() {
        Application a = approved();
        try {
            f.payments.recipients(TestPlatform.municipalUser(FLOEHA), a.id());
            fail();
        } catch (NotFoundException expected) {
            // Floeha may not see Frankenberg's application
        }
        try {
            f.payments.payRecipient(LPR, a.id(), "no-such-recipient", new MoneyRequest(eur("1.00"), null, null));
            fail();
        } catch (NotFoundException expected) {
            // unknown recipient
        }
    }
}
