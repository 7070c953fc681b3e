package org.asskomm.examples.reports.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.asskomm.examples.reports.api.Report;
import org.asskomm.examples.reports.api.ReportCategory;
import org.asskomm.examples.reports.api.ReportDraft;
import org.asskomm.examples.reports.api.ReportEvents;
import org.asskomm.examples.reports.api.ReportStatus;
import org.asskomm.examples.reports.api.StatusChange;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.EventCatalogueDoc;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.event.Event;

/** The rules of citizens' reports on the real platform core over in-memory H2. */
public class ReportRegistryTest {

    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
    static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

    private TestPlatform platform;
    private ReportRegistry reports;
    private final CurrentUser frankenberg = TestPlatform.municipalUser(FRANKENBERG);

    @Before
    public void setUp() {
        platform = new TestPlatform().enable(ReportsModule.ID, FRANKENBERG, FLOEHA);
        platform.events.checkAgainst(ReportEvents.CATALOGUE);
        reports = new ReportRegistry(platform.database, platform.schema(ReportsModule.ID, ReportRegistry.class),
                platform.municipalities, platform.writes,
                Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(), ZoneId.of("Europe/Berlin")));
    }

    @Test
    public void aReportPostsTheGenericReportCreatedEvent() {
        Report r = reports.create(frankenberg, new ReportDraft(FRANKENBERG, ReportCategory.ILLEGAL_DUMPING,
                "Waldweg hinter dem Freibad", 50.8712, 13.0655, LocalDate.of(2025, 11, 28), "Sperrmüll, Reifen"));
        assertEquals(ReportStatus.RECEIVED, r.status());
        assertEquals(1, r.version());
        List<Event> created = platform.events.topic("org/asskomm/citizenreports/Report/CREATED");
        assertEquals(1, created.size());
        Event e = created.get(0);
        assertEquals(FRANKENBERG, e.getProperty("municipality"));
        assertEquals(r.id().toString(), e.getProperty("id"));
        assertEquals("ILLEGAL_DUMPING", e.getProperty("category"));
        assertEquals("Waldweg hinter dem Freibad", e.getProperty("place"));
        assertEquals("50.8712", e.getProperty("latitude"));
        assertEquals("13.0655", e.getProperty("longitude"));
        assertEquals("2025-11-28", e.getProperty("reportedOn"));

        // only a description of the place: no coordinates in the event
        reports.create(frankenberg, new ReportDraft(FRANKENBERG, ReportCategory.GRAFFITI, "Markt", null, null,
                TODAY, null));
        Event described = platform.events.topic("org/asskomm/citizenreports/Report/CREATED").get(1);
        assertFalse(described.containsProperty("latitude"));
        assertEquals(2, reports.list(frankenberg, FRANKENBERG, null, null, new PageRequest(0, 10)).total());
        assertEquals(1, reports.list(frankenberg, null, ReportCategory.GRAFFITI, null, new PageRequest(0, 10)).total());
    }

    @Test
    public void aReportNeedsAPlaceOrBothCoordinatesAndADayNotInTheFuture() {
        ValidationException e = assertThrows(ValidationException.class, () -> reports.create(frankenberg,
                new ReportDraft(FRANKENBERG, null, " ", 50.87, null, TODAY.plusDays(1), null)));
        List<String> fields = e.errors().stream().map(f -> f.field()).toList();
        assertTrue(fields.toString(), fields.containsAll(List.of("category", "longitude", "reportedOn")));
        ValidationException nowhere = assertThrows(ValidationException.class, () -> reports.create(frankenberg,
                new ReportDraft(FRANKENBERG, ReportCategory.LITTER, null, null, null, TODAY, null)));
        assertEquals("place", nowhere.errors().get(0).field());
        assertTrue(MessageFiles.english(nowhere.errors().get(0).text()).contains("latitude and longitude"));
        assertThrows(ValidationException.class, () -> reports.create(frankenberg,
                new ReportDraft("99999999", ReportCategory.LITTER, "Markt", null, null, TODAY, null)));
        assertThrows(ValidationException.class, () -> reports.create(frankenberg,
                new ReportDraft(FRANKENBERG, ReportCategory.LITTER, null, 91.0, 13.0, TODAY, null)));
        assertTrue(platform.events.topic("org/asskomm/citizenreports/Report/CREATED").isEmpty());
    }

    @Test
    public void onlyTheMunicipalityRecordsAndReadsItsReports() {
        ReportDraft draft = new ReportDraft(FRANKENBERG, ReportCategory.LITTER, "Markt", null, null, TODAY, null);
        assertThrows(AccessDeniedException.class,
                () -> reports.create(TestPlatform.municipalUser(FLOEHA), draft));
        Report r = reports.create(frankenberg, draft);
        assertThrows(NotFoundException.class, () -> reports.get(TestPlatform.municipalUser(FLOEHA), r.id()));
        assertEquals(0, reports.list(TestPlatform.municipalUser(FLOEHA), null, null, null,
                new PageRequest(0, 10)).total());
    }

    @Test
    public void theStatusMovesOneStepAtATimeWithItsVersion() {
        Report r = reports.create(frankenberg, new ReportDraft(FRANKENBERG, ReportCategory.STREET_LIGHT,
                "Lindenallee 4", null, null, TODAY, null));
        assertThrows(ConflictException.class, () -> reports.changeStatus(frankenberg, r.id(),
                new StatusChange(ReportStatus.RESOLVED, r.version())));
        Report working = reports.changeStatus(frankenberg, r.id(), new StatusChange(ReportStatus.IN_PROGRESS, 1));
        assertEquals(2, working.version());
        assertThrows(ConflictException.class, () -> reports.changeStatus(frankenberg, r.id(),
                new StatusChange(ReportStatus.RESOLVED, 1)));
        Report done = reports.changeStatus(frankenberg, r.id(), new StatusChange(ReportStatus.RESOLVED, 2));
        assertEquals(ReportStatus.RESOLVED, done.status());
        List<Event> changed = platform.events.topic("org/asskomm/citizenreports/Report/STATUS_CHANGED");
        assertEquals(2, changed.size());
        assertEquals("IN_PROGRESS", changed.get(1).getProperty("previous"));
        assertEquals(1, platform.audit.search(new AuditQuery(ReportsModule.ID, null, null, "RESOLVED",
                r.id().toString(), null, null), new PageRequest(0, 10)).total());
    }

    @Test
    public void textsAndTheEventDocumentationAreComplete() {
        MessageFiles.verify(Path.of(""));
        EventCatalogueDoc.check(Path.of("../README.md"), ReportEvents.CATALOGUE);
    }
}
