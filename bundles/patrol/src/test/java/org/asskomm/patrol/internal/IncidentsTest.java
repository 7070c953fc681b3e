package org.asskomm.patrol.internal;

import static org.asskomm.patrol.internal.PatrolServiceTest.CLOCK;
import static org.asskomm.patrol.internal.PatrolServiceTest.FLOEHA;
import static org.asskomm.patrol.internal.PatrolServiceTest.FRANKENBERG;
import static org.asskomm.patrol.internal.PatrolServiceTest.PARTNERS;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.Incident;
import org.asskomm.patrol.api.IncidentPhoto;
import org.asskomm.patrol.api.IncidentRequest;
import org.asskomm.patrol.api.Officer;
import org.asskomm.patrol.api.OfficerRequest;
import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.patrol.api.TravelMode;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;

/** Issue 24: incident reports with photos checked by content and size, and the German PDF report. */
public class IncidentsTest {

    /** A minimal PNG signature and header start; the check looks at the content only. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};
    private static final long LIMIT = 512 * 1024;

    private TestPlatform platform;
    private PatrolServices service;
    private IncidentRegistry incidents;
    private final CurrentUser floeha = TestPlatform.municipalUser(FLOEHA);
    private Compound compound;
    private Officer officer;
    private Place playground;

    @Before
    public void setUp() {
        platform = CoreMigrations.platform();
        platform.enable(PatrolModule.ID, FLOEHA).enable(PatrolModule.ID, PARTNERS);
        service = new PatrolServices(platform, CLOCK);
        incidents = new IncidentRegistry(platform.database, service.access, platform.writes, CLOCK, LIMIT);
        compound = service.compounds.createCompound(floeha, PatrolServiceTest.floehaRequest());
        officer = service.resources.addOfficer(floeha, compound.id(), new OfficerRequest("Anna Fuß", FLOEHA,
                BigDecimal.valueOf(40), List.of(), null, TravelMode.FOOT, List.of()));
        playground = service.planning.addPlace(floeha, compound.id(), new PlaceRequest(PARTNERS[0],
                "Spielplatz Am Bach", PlaceCategory.PLAYGROUND, 50.85, 13.07, 4, null, null, 1));
    }

    private Incident report(CurrentUser user) {
        return incidents.addIncident(user, compound.id(), new IncidentRequest(playground.id(),
                LocalDateTime.of(2020, 10, 30, 21, 15), "Sperrmüll am Zaun abgeladen, Schaukel beschädigt",
                List.of(officer.id(), officer.id())));
    }

    @Test
    public void anIncidentWithAPhotoRoundTripsByteForByte() {
        Incident incident = report(floeha);
        assertEquals(PARTNERS[0], incident.ags());
        assertEquals(List.of(officer.id()), incident.officerIds());
        assertTrue(incident.checklist().stream().anyMatch(i -> i.code().equals("EQUIPMENT")));
        byte[] photo = Arrays.copyOf(PNG, 40_000);
        photo[39_999] = 42;
        IncidentPhoto added = incidents.addPhoto(floeha, compound.id(), incident.id(), photo);
        assertEquals("image/png", added.mediaType());
        assertEquals(40_000, added.size());
        assertEquals(PhotoCheck.sha256(photo), added.sha256());
        assertArrayEquals(photo, incidents.photo(floeha, compound.id(), incident.id(), added.id()).content());
        IncidentPhoto jpeg = incidents.addPhoto(floeha, compound.id(), incident.id(), JPEG);
        assertEquals("image/jpeg", jpeg.mediaType());
        Incident read = incidents.incident(TestPlatform.viewer(), compound.id(), incident.id());
        assertEquals(List.of(added.id(), jpeg.id()), read.photos().stream().map(IncidentPhoto::id).toList());
        assertEquals(1, incidents.incidents(floeha, compound.id(), PARTNERS[0], PageRequest.of(0, 10)).total());
        assertEquals(0, incidents.incidents(floeha, compound.id(), PARTNERS[1], PageRequest.of(0, 10)).total());
        assertEquals(1, platform.events.topic(PatrolEvents.INCIDENT_CREATED.topic()).size());
        assertEquals(2, platform.events.topic(PatrolEvents.INCIDENT_PHOTO_ADDED.topic()).size());
    }

    @Test
    public void oversizedEmptyAndNonImageUploadsAreRefusedInGerman() {
        Incident incident = report(floeha);
        String tooLarge = refusal(incident, Arrays.copyOf(JPEG, (int) LIMIT + 1));
        assertEquals("ist zu groß: höchstens 512 KiB", tooLarge);
        assertEquals("ist kein Foto im Format JPEG oder PNG",
                refusal(incident, "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ist kein Foto im Format JPEG oder PNG", refusal(incident, "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("ist leer: bitte ein Foto hochladen", refusal(incident, new byte[0]));
        // exactly at the limit is accepted
        incidents.addPhoto(floeha, compound.id(), incident.id(), Arrays.copyOf(JPEG, (int) LIMIT));
        assertEquals(1, incidents.incident(floeha, compound.id(), incident.id()).photos().size());
    }

    private String refusal(Incident incident, byte[] content) {
        ValidationException e = assertThrows(ValidationException.class,
                () -> incidents.addPhoto(floeha, compound.id(), incident.id(), content));
        assertEquals("photo", e.errors().get(0).field());
        return MessageFiles.texts(Locale.GERMAN).text(e.errors().get(0).text());
    }

    @Test
    public void rightsPlacesAndDatesAreChecked() {
        CurrentUser frankenberg = TestPlatform.municipalUser(FRANKENBERG);
        assertThrows(NotFoundException.class, () -> report(frankenberg));
        // another member may not report for the place's municipality
        assertThrows(AccessDeniedException.class, () -> report(TestPlatform.municipalUser(PARTNERS[1])));
        Incident own = report(TestPlatform.municipalUser(PARTNERS[0]));
        assertThrows(AccessDeniedException.class, () -> incidents.addPhoto(TestPlatform.municipalUser(PARTNERS[1]),
                compound.id(), own.id(), PNG));
        ValidationException future = assertThrows(ValidationException.class, () -> incidents.addIncident(floeha,
                compound.id(), new IncidentRequest(playground.id(), LocalDateTime.of(2020, 11, 2, 8, 0), " ",
                        List.of("no-officer"))));
        assertEquals(List.of("occurredAt", "what", "officerIds[0]"),
                future.errors().stream().map(f -> f.field()).toList());
        ValidationException noPlace = assertThrows(ValidationException.class, () -> incidents.addIncident(floeha,
                compound.id(), new IncidentRequest("unknown", LocalDateTime.of(2020, 10, 2, 8, 0), "x",
                        List.of(officer.id()))));
        assertEquals("placeId", noPlace.errors().get(0).field());
        assertThrows(NotFoundException.class, () -> incidents.incident(floeha, compound.id(), "not-an-id"));
    }

    @Test
    public void thePdfReportRendersInGerman() {
        Incident incident = report(floeha);
        incidents.addPhoto(floeha, compound.id(), incident.id(), PNG);
        byte[] pdf = incidents.pdf(floeha, compound.id(), incident.id());
        String text = new String(pdf, Charset.forName("windows-1252"));
        assertTrue(text.startsWith("%PDF-"));
        assertTrue(text.contains("Vorfallbericht"));
        assertTrue(text, text.contains("Sperrmüll am Zaun abgeladen"));
        assertTrue(text.contains("30.10.2020, 21:15 Uhr"));
        assertTrue(text.contains("Anna Fuß"));
        assertTrue(text.contains("Spielgeräte unbeschädigt und sicher"));
        assertTrue(text.contains("Spielplatz Am Bach \\(Spielplatz\\)"));   // parentheses escaped in PDF strings
    }

    @Test
    public void everyPlaceTypeHasAChecklist() {
        for (PlaceCategory category : PlaceCategory.values()) {
            assertTrue(category.name(), Checklists.of(category).size() >= 3);
            assertTrue(Checklists.of(category).stream().anyMatch(i -> i.code().equals("LITTER")));
        }
        assertEquals(PlaceCategory.values().length, incidents.checklists().size());
        assertFalse(Checklists.of(PlaceCategory.PARK).stream().anyMatch(i -> i.code().equals("EQUIPMENT")));
        assertEquals(LocalDate.of(2020, 11, 1), LocalDate.now(CLOCK));
    }
}
