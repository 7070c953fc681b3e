package org.asskomm.itests;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 24 in the real distribution: an incident report with a photo that comes back byte for byte, oversized and
 * non-image uploads refused (400 in German naming the field; 413 from the platform's body limit above it), the German
 * PDF report, and an order that becomes overdue after its due day, shown with its place's hotspot checklist.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PatrolIncidentIT extends AsskommTestSupport {

    private static final String ROOT = "/api/v1/patrol";
    private static final String[] AGS = {"14522140", "14522020"};
    private static final int MIB = 1024 * 1024;
    private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I',
            'H', 'D', 'R'};
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F',
            'I', 'F', 0};

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String base;
    private String placeId;
    private String officerId;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void compoundWithAPlaygroundAndAnOfficer() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        installIfMissing("asskomm-patrol");
        awaitStatus(ROOT + "/offence-categories", 200, Duration.ofSeconds(30));
        for (String ags : AGS) {
            enable("patrol", ags);
        }
        Answer compound = post(ROOT + "/compounds", FLOEHA, Map.of("name", "Vollzugsdienst Flöha (Vorfälle)",
                "leadAgs", AGS[0], "startDate", "2021-01-01", "purposeAgreementId", "ZV Vollzugsdienst 2021",
                "members", List.of(Map.of("ags", AGS[0], "contractedHoursPerMonth", 40),
                        Map.of("ags", AGS[1], "contractedHoursPerMonth", 20))));
        assertEquals(compound.body(), 201, compound.status());
        base = ROOT + "/compounds/" + compound.get("id").asText();
        Answer place = post(base + "/places", FLOEHA, Map.of("ags", AGS[0], "name", "Spielplatz Am Bach",
                "category", "PLAYGROUND", "latitude", 50.856, "longitude", 13.072, "priority", 4));
        assertEquals(place.body(), 201, place.status());
        placeId = place.get("id").asText();
        Answer officer = post(base + "/officers", FLOEHA, Map.of("name", "Anna Fuß", "homeAgs", AGS[0],
                "weeklyHours", 40, "mode", "FOOT"));
        assertEquals(officer.body(), 201, officer.status());
        officerId = officer.get("id").asText();
    }

    private String incident(String what) {
        Answer created = post(base + "/incidents", FLOEHA, Map.of("placeId", placeId, "occurredAt",
                LocalDate.now().minusDays(1) + "T21:15:00", "what", what, "officerIds", List.of(officerId)));
        assertEquals(created.body(), 201, created.status());
        assertEquals(AGS[0], created.get("ags").asText());
        assertEquals("Spielplatz Am Bach", created.get("placeName").asText());
        return base + "/incidents/" + created.get("id").asText();
    }

    private HttpResponse<byte[]> raw(String method, String path, byte[] body, String contentType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((FLOEHA + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A pseudo-photo: the format's signature followed by varied bytes (every byte value occurs). */
    private static byte[] photo(byte[] start, int size) {
        byte[] content = Arrays.copyOf(start, size);
        for (int i = start.length; i < size; i++) {
            content[i] = (byte) (i * 31 + (i >> 8));
        }
        return content;
    }

    @Test
    public void anIncidentPhotoRoundTripsAndBadUploadsAreRefusedInGerman() throws Exception {
        String incident = incident("Sperrmüll am Zaun abgeladen, Schaukel beschädigt");
        byte[] png = photo(PNG_START, 300_000);
        Answer added = send("POST", incident + "/photos", FLOEHA, png, "application/octet-stream");
        assertEquals(added.body(), 201, added.status());
        assertEquals("image/png", added.get("mediaType").asText());
        assertEquals(png.length, added.get("size").asLong());
        HttpResponse<byte[]> download = raw("GET", incident + "/photos/" + added.get("id").asText(), null, null);
        assertEquals(200, download.statusCode());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals("the photo comes back byte for byte", png, download.body());

        byte[] jpeg = photo(JPEG_START, 2 * MIB);
        HttpResponse<byte[]> jpegAdded = raw("POST", incident + "/photos", jpeg, "image/png");  // declared type ignored
        assertEquals(new String(jpegAdded.body(), StandardCharsets.UTF_8), 201, jpegAdded.statusCode());
        JsonNode incidentRead = get(incident, FLOEHA).json();
        assertEquals(2, incidentRead.get("photos").size());
        assertEquals("image/jpeg", incidentRead.get("photos").get(1).get("mediaType").asText());
        JsonNode checklist = incidentRead.get("checklist");
        assertTrue(checklist.toString(), checklist.toString().contains("Spielgeräte unbeschädigt und sicher"));

        // above the photo limit (5 MiB by default), below the platform's body limit: the module's 400 in German
        Answer oversized = send("POST", incident + "/photos", FLOEHA, photo(JPEG_START, 6 * MIB), "image/jpeg");
        assertEquals(oversized.body(), 400, oversized.status());
        assertTrue(oversized.contentType().startsWith("application/problem+json"));
        assertEquals("photo", oversized.get("errors").get(0).get("field").asText());
        assertTrue(oversized.body(), oversized.body().contains("ist zu groß: höchstens 5 MiB"));
        // above the platform's body limit (11 MiB): its 413 answers first, before the body is read
        Answer huge = send("POST", incident + "/photos", FLOEHA, photo(JPEG_START, 12 * MIB), "image/jpeg");
        assertEquals(huge.body(), 413, huge.status());
        // a non-image declared as JPEG, and an SVG (text) declared as image: refused by content
        Answer text = send("POST", incident + "/photos", FLOEHA, "Kein Foto".getBytes(StandardCharsets.UTF_8),
                "image/jpeg");
        assertEquals(text.body(), 400, text.status());
        assertTrue(text.body(), text.body().contains("ist kein Foto im Format JPEG oder PNG"));
        Answer svg = send("POST", incident + "/photos", FLOEHA,
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8), "image/svg+xml");
        assertEquals(svg.body(), 400, svg.status());
        Answer english = send("POST", incident + "/photos", FLOEHA, new byte[] {1, 2, 3}, "image/png", "en");
        assertTrue(english.body(), english.body().contains("is not a JPEG or PNG photo"));
        assertEquals("refused uploads leave nothing behind", 2, get(incident, FLOEHA).get("photos").size());

        // other municipalities learn nothing
        assertEquals(404, get(incident, FRANKENBERG).status());
        assertEquals(404, send("POST", incident + "/photos", FRANKENBERG, png, "image/png").status());
    }

    @Test
    public void thePdfReportRendersInGerman() throws Exception {
        String incident = incident("Graffiti an der Rutsche, Glasscherben im Sand");
        assertEquals(201, send("POST", incident + "/photos", FLOEHA, photo(JPEG_START, 50_000), "image/jpeg").status());
        HttpResponse<byte[]> pdf = raw("GET", incident + "/pdf", null, null);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String text = new String(pdf.body(), Charset.forName("windows-1252"));
        assertTrue(text.startsWith("%PDF-"));
        assertTrue(text.trim().endsWith("%%EOF"));
        assertTrue(text.contains("Vorfallbericht"));
        assertTrue(text.contains("Graffiti an der Rutsche, Glasscherben im Sand"));
        assertTrue(text.contains("Anna Fuß"));
        assertTrue(text.contains("Spielgeräte unbeschädigt und sicher"));
    }

    @Test
    public void anOrderBecomesOverdueAfterItsDueDay() {
        LocalDate due = LocalDate.now().plusDays(2);
        Answer created = post(base + "/orders", FLOEHA, Map.of("title", "Spielplatz nach Vandalismus prüfen",
                "placeId", placeId, "due", due.toString(), "officerIds", List.of(officerId)));
        assertEquals(created.body(), 201, created.status());
        assertEquals("OPEN", created.get("status").asText());
        assertFalse(created.get("overdue").asBoolean());
        assertTrue(created.get("checklist").toString().contains("Spielgeräte unbeschädigt und sicher"));
        String order = base + "/orders/" + created.get("id").asText();

        assertEquals(0, get(base + "/orders?overdue=true", FLOEHA).get("total").asInt());
        assertEquals(0, get(base + "/orders?overdue=true&asOf=" + due, FLOEHA).get("total").asInt());
        JsonNode overdue = get(base + "/orders?overdue=true&asOf=" + due.plusDays(1), FLOEHA).json();
        assertEquals(1, overdue.get("total").asInt());
        assertEquals(created.get("id").asText(), overdue.get("items").get(0).get("id").asText());
        assertTrue(overdue.get("items").get(0).get("overdue").asBoolean());
        assertTrue(get(order + "?asOf=" + due.plusDays(1), VIEWER).get("overdue").asBoolean());

        Answer done = put(order + "/status", FLOEHA, Map.of("status", "DONE", "version", created.get("version").asInt()));
        assertEquals(done.body(), 200, done.status());
        assertEquals(0, get(base + "/orders?overdue=true&asOf=" + due.plusDays(1), FLOEHA).get("total").asInt());
        Answer stale = put(order + "/status", FLOEHA, Map.of("status", "OPEN", "version", created.get("version").asInt()));
        assertEquals(stale.body(), 409, stale.status());

        Answer past = post(base + "/orders", FLOEHA, Map.of("title", "Zu spät", "placeId", placeId,
                "due", LocalDate.now().minusDays(1).toString(), "officerIds", List.of(officerId)));
        assertEquals(past.body(), 400, past.status());
        assertTrue(past.body(), past.body().contains("darf nicht in der Vergangenheit liegen"));
        assertEquals(400, get(base + "/orders?overdue=vielleicht", FLOEHA).status());
        assertEquals(200, get(ROOT + "/checklists", POLICE).status());
    }
}
