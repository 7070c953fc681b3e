package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.Fixture.FLOEHA;
import static org.asskomm.funding.internal.Fixture.FRANKENBERG;
import static org.asskomm.funding.internal.Fixture.LPR;
import static org.asskomm.funding.internal.Fixture.YEAR;
import static org.asskomm.funding.internal.Fixture.eur;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.ApplicationStatus;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeRequest;
import org.asskomm.funding.api.VersionRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;
import org.osgi.service.event.Event;

/** Programme rules of issue 22: programmes named by title and id, several per year, the consultation gate. */
public class ProgrammeGateTest {

    private final Fixture f = new Fixture();
    private final CurrentUser frankenberg = TestPlatform.municipalUser(FRANKENBERG);

    private Programme programme(String title, Integer consultationMonths) {
        return f.programmes.createProgramme(LPR, new ProgrammeRequest(YEAR, title, eur("500000.00"), null, null, null,
                null, null, null, null, null, null, null, null, null, null, consultationMonths, null, null));
    }

    private void consulted(String ags, String id, String date) {
        new ConsultationListener(f.platform.database, f.schema).handleEvent(new Event(ConsultationListener.TOPIC,
                Map.of("municipality", ags, "id", id, "date", date, "topics", new String[] {"Förderung"},
                        "occurredAt", date + "T10:00:00Z", "payloadVersion", 1)));
    }

    private Application draft(Programme p, String ags) {
        return f.applications.create(TestPlatform.municipalUser(ags), Fixture.request(p.id(), ags, "18000.00",
                "2000.00"));
    }

    private ConflictException refusedSubmit(Application a) {
        try {
            f.applications.submit(TestPlatform.municipalUser(a.municipality()), a.id(), new VersionRequest(a.version()));
            fail("expected a 409");
            return null;
        } catch (ConflictException e) {
            return e;
        }
    }

    @Test
    public void submissionNeedsAConsultationWithinTheProgrammesMonths() {
        Programme gated = programme("Landesförderung", 12);
        assertEquals(Integer.valueOf(12), gated.consultationMonths());
        // today is 15 Sep 2026 in the fixture: a consultation of June 2025 is too old, one of another town no help
        consulted(FRANKENBERG, "old", "2025-06-01");
        consulted(FLOEHA, "elsewhere", "2026-06-01");
        Application a = draft(gated, FRANKENBERG);
        ConflictException refused = refusedSubmit(a);
        String german = MessageFiles.texts(Locale.GERMANY).text(refused.detail());
        assertTrue(german, german.startsWith("Für Frankenberg/Sa."));
        assertTrue(german, german.contains("ist keine Beratung durch den LPR zwischen dem 15.09.2025 und dem "
                + "15.09.2026 verzeichnet"));
        assertTrue(german, german.contains("Programm „Landesförderung“ (" + YEAR + ", Kennung " + gated.id() + ")"));
        assertTrue(german, german.contains("in den letzten 12 Monaten"));
        assertEquals(ApplicationStatus.DRAFT, f.applications.application(frankenberg, a.id()).status());

        consulted(FRANKENBERG, "recent", "2026-03-10");
        Application submitted = f.applications.submit(frankenberg, a.id(), new VersionRequest(a.version()));
        assertEquals(ApplicationStatus.SUBMITTED, submitted.status());
    }

    @Test
    public void withoutTheRuleNoConsultationIsNeededAndTheGateCanBeSwitchedOff() {
        Programme open = programme(null, null);
        assertNull(open.consultationMonths());
        Application a = draft(open, FRANKENBERG);
        assertEquals(ApplicationStatus.SUBMITTED,
                f.applications.submit(frankenberg, a.id(), new VersionRequest(a.version())).status());

        Programme gated = programme("Kofinanzierung Bundesprogramm", 6);
        Application b = draft(gated, FLOEHA);
        refusedSubmit(b);
        Programme off = f.programmes.updateProgramme(LPR, gated.id(), new ProgrammeRequest(null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, gated.version(), 0, null, null));
        assertNull(off.consultationMonths());
        Programme kept = f.programmes.updateProgramme(LPR, off.id(), new ProgrammeRequest(null, "renamed", null, null,
                null, null, null, null, null, null, null, null, null, null, null, off.version(), null, null, null));
        assertNull(kept.consultationMonths());
        assertEquals(ApplicationStatus.SUBMITTED, f.applications.submit(TestPlatform.municipalUser(FLOEHA), b.id(),
                new VersionRequest(b.version())).status());
    }

    @Test
    public void consultationMonthsAreChecked() {
        for (int months : new int[] {-1, 61}) {
            try {
                programme("x", months);
                fail();
            } catch (ValidationException e) {
                assertEquals("consultationMonths", e.errors().get(0).field());
            }
        }
    }

    @Test
    public void severalProgrammesOfOneYearAreNamedByTitleAndId() {
        Programme state = programme("Landesförderung", null);
        Programme federal = programme("Kofinanzierung Bundesprogramm", null);
        assertEquals(2, f.programmes.programmes(LPR, YEAR, new org.asskomm.platform.api.PageRequest(0, 10)).total());
        Application a = draft(federal, FRANKENBERG);
        // a day after the window closed
        try {
            f.serviceOn(LocalDate.of(2026, 10, 16)).submit(frankenberg, a.id(), new VersionRequest(a.version()));
            fail();
        } catch (ConflictException e) {
            String german = MessageFiles.texts(Locale.GERMANY).text(e.detail());
            assertTrue(german, german.startsWith("Anträge zum Programm „Kofinanzierung Bundesprogramm“ (" + YEAR
                    + ", Kennung " + federal.id() + ") werden vom 31.08.2026 bis zum 15.10.2026 angenommen"));
            assertTrue(MessageFiles.english(e.detail()).contains("programme \"Kofinanzierung Bundesprogramm\""));
        }
        assertTrue(!state.id().equals(federal.id()));
    }
}
