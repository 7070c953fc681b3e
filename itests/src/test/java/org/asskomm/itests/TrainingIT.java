package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The training module in the real distribution: a cohort from application through the waitlist to
 * certificates verified over HTTP, bad input, GDPR export and anonymisation, uninstall and re-install.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrainingIT extends AsskommTestSupport {

    private static final String FEATURE = "asskomm-training";
    private static final String BASE = "/api/v1/training";
    private static final String FRANKENBERG_AGS = "14522150";
    private static final String FLOEHA_AGS = "14522140";

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void moduleIsInstalledAndEnabled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        installIfMissing(FEATURE);
        awaitStatus(BASE + "/courses", 200, Duration.ofSeconds(30));
        enable("training", FRANKENBERG_AGS);
        enable("training", FLOEHA_AGS);
    }

    @Test
    public void cohortFromApplicationThroughWaitlistToVerifiedCertificates() throws Exception {
        List<Event> movedUp = new CopyOnWriteArrayList<>();
        Hashtable<String, Object> topic = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC,
                "org/asskomm/training/Enrolment/MOVED_UP"));
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, movedUp::add,
                topic);
        try {
            JsonNode programme = created(post(BASE + "/programmes", ADMIN, Map.of("title", "Fachkraft für Kriminalprävention IT",
                    "degree", "QUALIFICATION", "institution", "Landespräventionsrat Sachsen", "partTime", true,
                    "distance", false, "admissionRequirements", List.of(),
                    "modules", List.of(Map.of("title", "Kriminologie", "creditHours", 32),
                            Map.of("title", "Projektmanagement", "creditHours", 32)))));
            LocalDate weekend = LocalDate.now().plusMonths(1);
            JsonNode cohort = created(post(BASE + "/programmes/" + programme.get("id").asText() + "/cohorts", ADMIN,
                    Map.of("title", "Durchgang IT", "intakeOn", weekend.toString(), "semesters", 2, "capacity", 2,
                            "place", "Meißen", "fee", 0, "sessions", List.of(Map.of("title", "Wochenende 1",
                                    "startsOn", weekend.toString(), "endsOn", weekend.plusDays(1).toString())))));
            String cohortId = cohort.get("id").asText();

            List<String> enrolments = new ArrayList<>();
            for (String name : List.of("Anja Albrecht", "Bernd Bauer", "Carla Claus")) {
                String[] parts = name.split(" ");
                JsonNode person = created(post(BASE + "/people", FRANKENBERG, Map.of("municipality", FRANKENBERG_AGS,
                        "firstName", parts[0], "lastName", parts[1], "sector", "ADMINISTRATION")));
                JsonNode enrolment = created(post(BASE + "/enrolments", FRANKENBERG, Map.of("personId",
                        person.get("id").asText(), "cohortId", cohortId,
                        "documents", List.of(Map.of("title", "Anmeldung", "reference", "dms://4711")))));
                enrolments.add(enrolment.get("id").asText());
            }
            assertEquals("ADMITTED", get(BASE + "/enrolments/" + enrolments.get(0), FRANKENBERG).get("status").asText());
            assertEquals("ADMITTED", get(BASE + "/enrolments/" + enrolments.get(1), FRANKENBERG).get("status").asText());
            Answer third = get(BASE + "/enrolments/" + enrolments.get(2), FRANKENBERG);
            assertEquals("WAITLISTED", third.get("status").asText());
            assertEquals(1, third.get("waitlistPosition").asInt());

            // a withdrawal frees a seat: the first on the waitlist moves up, is notified, and an event goes out
            assertEquals(200, post(BASE + "/enrolments/" + enrolments.get(1) + "/withdraw", FRANKENBERG, null).status());
            assertEquals("ADMITTED", get(BASE + "/enrolments/" + enrolments.get(2), FRANKENBERG).get("status").asText());
            JsonNode notes = get(BASE + "/notifications?municipality=" + FRANKENBERG_AGS, FRANKENBERG).json();
            assertTrue(notes.get("items").findValuesAsText("enrolmentId").contains(enrolments.get(2)));
            // the notification names the person, not the enrolment's id, in the reader's language
            String note = notes.get("items").findValuesAsText("message").toString();
            assertTrue(note, note.contains("Carla Claus rückt") && !note.contains(enrolments.get(2)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (movedUp.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(enrolments.get(2), movedUp.get(0).getProperty("id"));
            assertEquals(FRANKENBERG_AGS, movedUp.get(0).getProperty("municipality"));

            JsonNode modules = get(BASE + "/programmes/" + programme.get("id").asText(), VIEWER).get("modules");
            List<String> codes = new ArrayList<>();
            for (String id : List.of(enrolments.get(0), enrolments.get(2))) {
                assertEquals(200, post(BASE + "/enrolments/" + id + "/enrol", FRANKENBERG, null).status());
                Answer early = post(BASE + "/enrolments/" + id + "/certificate", ADMIN, null);
                assertEquals("no certificate before completion", 409, early.status());
                assertEquals(200, put(BASE + "/enrolments/" + id + "/modules/" + modules.get(0).get("id").asText(),
                        ADMIN, Map.of("result", "PASSED")).status());
                Answer incomplete = post(BASE + "/enrolments/" + id + "/complete", ADMIN, null);
                assertEquals(409, incomplete.status());
                assertTrue(incomplete.get("detail").asText().contains("Projektmanagement"));
                assertEquals(200, put(BASE + "/enrolments/" + id + "/modules/" + modules.get(1).get("id").asText(),
                        ADMIN, Map.of("result", "RECOGNISED", "note", "Projektleiterin seit 2015")).status());
                Answer completed = post(BASE + "/enrolments/" + id + "/complete", ADMIN, null);
                assertEquals(completed.body(), "COMPLETED", completed.get("status").asText());
                assertEquals(64, completed.get("creditHours").asInt());
                codes.add(created(post(BASE + "/enrolments/" + id + "/certificate", ADMIN, null)).get("code").asText());
            }
            Answer html = get(BASE + "/enrolments/" + enrolments.get(0) + "/certificate", FRANKENBERG);
            assertEquals(200, html.status());
            assertTrue(html.contentType().startsWith("text/html"));
            assertTrue(html.body().contains("Anja Albrecht") && html.body().contains(codes.get(0)));
            Answer pdf = get(BASE + "/enrolments/" + enrolments.get(0) + "/certificate/pdf", FRANKENBERG);
            assertEquals(200, pdf.status());
            assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
            assertTrue(pdf.body().startsWith("%PDF-"));
            assertEquals(404, get(BASE + "/enrolments/" + enrolments.get(0) + "/certificate/pdf", FLOEHA).status());

            Answer verified = get(BASE + "/certificates/" + codes.get(0), null);
            assertEquals(verified.body(), 200, verified.status());
            assertEquals("A. A.", verified.get("initials").asText());
            assertEquals(LocalDate.now().toString(), verified.get("completedOn").asText());
            assertTrue(verified.get("title").asText().contains("Durchgang IT"));
            assertNull("no other personal data", verified.get("personId"));
            assertFalse(verified.body().contains("Albrecht"));
            assertEquals(404, get(BASE + "/certificates/XXXX-XXXX-XXXX", null).status());

            JsonNode graduates = get(BASE + "/statistics/graduates?year=" + LocalDate.now().getYear(), null).json();
            boolean found = false;
            for (JsonNode g : graduates) {
                if (g.get("programmeId").asText().equals(programme.get("id").asText())) {
                    assertEquals(2, g.get("graduates").asInt());
                    found = true;
                }
            }
            assertTrue(found);
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void badInputIsRefusedAndNothingIsHalfWritten() {
        Answer invalid = post(BASE + "/courses", ADMIN, Map.of("title", "", "capacity", 0, "fee", -5));
        assertEquals(400, invalid.status());
        assertTrue(invalid.contentType().startsWith("application/problem+json"));
        List<String> fields = invalid.get("errors").findValuesAsText("field");
        assertTrue(fields.toString(), fields.containsAll(List.of("title", "capacity", "fee", "format", "sessions")));
        Answer unknownField = post(BASE + "/courses", ADMIN, Map.of("titel", "x"));
        assertEquals(400, unknownField.status());
        assertEquals("titel", unknownField.get("errors").get(0).get("field").asText());
        assertEquals(403, post(BASE + "/courses", FRANKENBERG, course("Nicht erlaubt", 5)).status());

        JsonNode course = created(post(BASE + "/courses", ADMIN, course("Kapazitätstest", 1)));
        String courseId = course.get("id").asText();
        JsonNode anna = person(FRANKENBERG, FRANKENBERG_AGS, "Anna", "Erste");
        // another municipality's staff may neither create people for Frankenberg nor enrol Frankenberg's people
        assertEquals(403, post(BASE + "/people", FLOEHA, Map.of("municipality", FRANKENBERG_AGS, "firstName", "X",
                "lastName", "Y", "sector", "OTHER")).status());
        assertEquals(403, post(BASE + "/enrolments", FLOEHA, Map.of("personId", anna.get("id").asText(),
                "courseId", courseId)).status());
        assertEquals(404, get(BASE + "/people/" + anna.get("id").asText(), FLOEHA).status());
        assertEquals(404, get(BASE + "/people/" + anna.get("id").asText(), VIEWER).status());

        created(post(BASE + "/enrolments", FRANKENBERG, Map.of("personId", anna.get("id").asText(), "courseId", courseId)));
        Answer duplicate = post(BASE + "/enrolments", FRANKENBERG, Map.of("personId", anna.get("id").asText(),
                "courseId", courseId));
        assertEquals(409, duplicate.status());
        assertTrue(duplicate.contentType().startsWith("application/problem+json"));

        // capacity below admissions, stale version
        Map<String, Object> shrink = new java.util.HashMap<>(course("Kapazitätstest", 0));
        shrink.remove("sessions");
        shrink.put("version", course.get("version").asInt());
        Answer zero = put(BASE + "/courses/" + courseId, ADMIN, shrink);
        assertEquals(400, zero.status());
        assertEquals("capacity", zero.get("errors").get(0).get("field").asText());
        JsonNode bob = person(FRANKENBERG, FRANKENBERG_AGS, "Bob", "Zweiter");
        created(post(BASE + "/enrolments", FRANKENBERG, Map.of("personId", bob.get("id").asText(), "courseId", courseId)));
        shrink.put("capacity", 2);
        assertEquals(200, put(BASE + "/courses/" + courseId, ADMIN, shrink).status());
        assertEquals("stale version", 409, put(BASE + "/courses/" + courseId, ADMIN, shrink).status());
        JsonNode current = get(BASE + "/courses/" + courseId, VIEWER).json();
        assertEquals(2, current.get("admitted").asInt());
        shrink.put("capacity", 1);
        shrink.put("version", current.get("version").asInt());
        Answer below = put(BASE + "/courses/" + courseId, ADMIN, shrink);
        assertEquals(409, below.status());
        assertTrue(below.get("detail").asText().contains("Kapazität"));

        // cancelled course, missing prerequisite of the M.A.
        assertEquals(200, post(BASE + "/courses/" + courseId + "/cancel", ADMIN, null).status());
        JsonNode carl = person(FRANKENBERG, FRANKENBERG_AGS, "Carl", "Dritter");
        Answer cancelled = post(BASE + "/enrolments", FRANKENBERG, Map.of("personId", carl.get("id").asText(),
                "courseId", courseId));
        assertEquals(409, cancelled.status());
        assertTrue(cancelled.get("detail").asText().contains("CANCELLED"));
        JsonNode master = created(post(BASE + "/programmes", ADMIN, Map.of("title", "Präventionsmanagement (M.A.) IT",
                "degree", "MASTER", "institution", "TU Chemnitz", "partTime", true, "distance", true,
                "admissionRequirements", List.of("FIRST_DEGREE"),
                "modules", List.of(Map.of("title", "Masterarbeit", "creditHours", 600)))));
        JsonNode intake = created(post(BASE + "/programmes/" + master.get("id").asText() + "/cohorts", ADMIN,
                Map.of("title", "WS IT", "intakeOn", LocalDate.now().plusMonths(3).toString(), "semesters", 4,
                        "capacity", 20, "fee", 0)));
        Answer missing = post(BASE + "/enrolments", FRANKENBERG, Map.of("personId", carl.get("id").asText(),
                "cohortId", intake.get("id").asText()));
        assertEquals(400, missing.status());
        assertEquals("qualifications", missing.get("errors").get(0).get("field").asText());
        assertTrue(missing.get("errors").get(0).get("message").asText().contains("FIRST_DEGREE"));
        assertEquals(0, get(BASE + "/cohorts/" + intake.get("id").asText(), VIEWER).get("admitted").asInt());
    }

    @Test
    public void personalDataIsExportedAndAnonymisedWhileStatisticsStay() {
        JsonNode course = created(post(BASE + "/courses", ADMIN, course("DSGVO-Kurs", 10)));
        JsonNode dana = person(FLOEHA, FLOEHA_AGS, "Dana", "Datenschutz");
        JsonNode enrolment = created(post(BASE + "/enrolments", FLOEHA, Map.of("personId", dana.get("id").asText(),
                "courseId", course.get("id").asText(),
                "documents", List.of(Map.of("title", "Zeugnis Dana Datenschutz", "reference", "dms://dana")))));
        String enrolmentAudit = "/api/v1/audit?module=training&entityId=" + enrolment.get("id").asText();
        assertTrue(get(enrolmentAudit, ADMIN).body().contains("Zeugnis Dana Datenschutz"));
        String byCourse = get(BASE + "/statistics/participants?by=course", null).body();
        String byDistrict = get(BASE + "/statistics/participants?by=district", null).body();
        assertTrue(byCourse.contains("DSGVO-Kurs"));
        assertTrue(byDistrict.contains("Mittelsachsen"));
        assertEquals(400, get(BASE + "/statistics/participants?by=colour", null).status());

        Answer export = get(BASE + "/people/" + dana.get("id").asText() + "/export", FLOEHA);
        assertEquals(200, export.status());
        assertEquals("Datenschutz", export.get("person").get("lastName").asText());
        assertEquals(1, export.get("enrolments").size());
        assertEquals(404, get(BASE + "/people/" + dana.get("id").asText() + "/export", FRANKENBERG).status());
        assertEquals(404, post(BASE + "/people/" + dana.get("id").asText() + "/anonymise", VIEWER, null).status());

        Answer anonymised = post(BASE + "/people/" + dana.get("id").asText() + "/anonymise", FLOEHA, null);
        assertEquals(200, anonymised.status());
        assertTrue(anonymised.get("anonymised").asBoolean());
        assertFalse(anonymised.body().contains("Datenschutz"));
        assertFalse(get(BASE + "/people/" + dana.get("id").asText() + "/export", ADMIN).body().contains("Dana"));
        assertEquals(409, post(BASE + "/people/" + dana.get("id").asText() + "/anonymise", FLOEHA, null).status());
        Answer audit = get(enrolmentAudit, ADMIN);   // the entries stay, without the personal fields
        assertTrue(audit.body(), audit.body().contains("\"APPLY\"") && !audit.body().contains("Datenschutz"));
        assertEquals(byCourse, get(BASE + "/statistics/participants?by=course", null).body());
        assertEquals(byDistrict, get(BASE + "/statistics/participants?by=district", null).body());
    }

    @Test
    public void uninstallRemovesTheEndpointAndReinstallFindsTheData() throws Exception {
        JsonNode course = created(post(BASE + "/courses", ADMIN, course("Bleibt erhalten", 12)));
        uninstall(FEATURE);
        awaitStatus(BASE + "/courses", 404, Duration.ofSeconds(30));
        assertFalse(get("/api/v1/modules", ADMIN).body().contains("\"training\""));
        install(FEATURE);
        awaitStatus(BASE + "/courses", 200, Duration.ofSeconds(30));
        assertTrue(get("/api/v1/modules", ADMIN).body().contains("\"training\""));
        Answer again = get(BASE + "/courses/" + course.get("id").asText(), VIEWER);
        assertEquals(200, again.status());
        assertEquals("Bleibt erhalten", again.get("title").asText());
        assertNotNull(get("/api/v1/openapi.json", VIEWER).get("paths").get("/training/certificates/{code}"));
    }

    private JsonNode person(String user, String ags, String first, String last) {
        return created(post(BASE + "/people", user, Map.of("municipality", ags, "firstName", first, "lastName", last,
                "sector", "ADMINISTRATION")));
    }

    private static Map<String, Object> course(String title, int capacity) {
        String day = LocalDate.now().plusWeeks(2).toString();
        return Map.of("title", title, "targetGroups", List.of("MUNICIPAL_STAFF"), "format", "IN_PERSON",
                "capacity", capacity, "fee", 0, "creditHours", 8,
                "sessions", List.of(Map.of("title", "Tag 1", "startsOn", day)));
    }

    private static JsonNode created(Answer answer) {
        assertEquals(answer.body(), 201, answer.status());
        return answer.json();
    }
}
