package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.Feature;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The councils module alone in the real distribution (no agreements module): the seed scenario from planned
 * office to constituted council with its first meeting, bad input, authorization, the reaction to a signed
 * agreement (the event sent here by hand), and uninstall/reinstall keeping the data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CouncilsIT extends AsskommTestSupport {

    private static final String FEATURE = "asskomm-councils";
    private static final String COUNCILS = "/api/v1/councils";
    private static final String FRANKENBERG_AGS = "14522150";
    private static final String FLOEHA_AGS = "14522140";
    private static final String CHEMNITZ_AGS = "14511000";
    private static final String DRESDEN_AGS = "14612000";

    @Inject
    protected EventAdmin eventAdmin;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void councilsInstalledAndEnabled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        installIfMissing(FEATURE);
        awaitStatus(COUNCILS + "/statistics", 200, Duration.ofSeconds(30));
        for (String ags : List.of(FRANKENBERG_AGS, FLOEHA_AGS, CHEMNITZ_AGS)) {
            enable("councils", ags);
        }
    }

    private static Map<String, Object> body(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static void assertProblem(Answer a, int status, String field) {
        assertEquals(a.body(), status, a.status());
        assertTrue(a.contentType(), a.contentType().startsWith("application/problem+json"));
        if (field != null) {
            List<String> fields = new ArrayList<>();
            a.get("errors").forEach(e -> fields.add(e.get("field").asText()));
            assertTrue(a.body(), fields.contains(field));
        }
    }

    private static String field(Answer a, String name) {
        assertNotNull(a.body(), a.get(name));
        return a.get(name).asText();
    }

    @Test
    public void fromPlannedOfficeToConstitutedCouncilWithItsFirstMeeting() {
        // planned, with its coordination office to be set up
        Answer created = post(COUNCILS, FRANKENBERG, body("municipality", FRANKENBERG_AGS, "plannedOn", "2020-12-09"));
        assertEquals(created.body(), 201, created.status());
        assertEquals("PLANNED", field(created, "status"));
        assertEquals("Mittelsachsen", field(created, "district"));
        String id = field(created, "id");
        String council = COUNCILS + "/" + id;

        Answer office = put(council + "/office", FRANKENBERG, body("plannedOn", "2020-12-09", "hoursPerWeek", 20,
                "staff", List.of(body("name", "Sandra Keller", "function", "Koordinatorin", "contact", "praevention@example.org")),
                "version", 1));
        assertEquals(office.body(), 200, office.status());

        Answer officeSetUp = post(council + "/status", FRANKENBERG, body("status", "COORDINATION_OFFICE", "on", "2021-03-01", "version", 1));
        assertEquals(officeSetUp.body(), 200, officeSetUp.status());
        assertEquals("2021-03-01", field(get(council + "/office", FRANKENBERG), "setUpOn"));

        // constituted only once the rules of procedure name the chair
        assertProblem(post(council + "/status", FRANKENBERG, body("status", "CONSTITUTED", "on", "2021-06-15", "version", 2)), 409, null);
        Answer rules = put(council, FRANKENBERG, body("name", "Kommunaler Präventionsrat Frankenberg/Sa.",
                "rules", body("chair", "Bürgermeister", "deputyChair", "Leiterin Ordnungsamt", "meetingFrequency", "vierteljährlich",
                        "decisionRules", "einfache Mehrheit", "minutesFormat", "Ergebnisprotokoll"), "version", 2));
        assertEquals(rules.body(), 200, rules.status());
        Answer constituted = post(council + "/status", FRANKENBERG, body("status", "CONSTITUTED", "on", "2021-06-15",
                "note", "Geschäftsordnung unterzeichnet", "version", 3));
        assertEquals(constituted.body(), 200, constituted.status());
        assertEquals("CONSTITUTED", field(constituted, "status"));
        assertEquals("2021-06-15", constituted.get("rules").get("adoptedOn").asText());
        assertEquals(3, get(council + "/history", FRANKENBERG).json().size());

        // members by sector, voting and advisory
        String mayor = member(council, "Bürgermeister", "ADMINISTRATION", true);
        String police = member(council, "Revierleiter", "POLICE", true);
        String school = member(council, "Schulleiterin", "EDUCATION", true);
        String pastor = member(council, "Pfarrer", "CHURCHES", false);
        assertProblem(post(council + "/members", FRANKENBERG, body("name", "Leaves early", "sector", "OTHER", "voting", true,
                "memberSince", "2022-01-01", "memberUntil", "2021-01-01")), 400, "memberUntil");
        Answer composition = get(council + "/composition?at=2021-07-01", FRANKENBERG);
        assertEquals(composition.body(), 200, composition.status());
        assertEquals(3, composition.get("voting").asInt());
        assertEquals(1, composition.get("advisory").asInt());
        assertEquals(0, get(council + "/composition?at=2021-01-01", FRANKENBERG).get("voting").asInt());
        assertProblem(get(council + "/composition?at=yesterday", FRANKENBERG), 400, "at");

        Answer group = post(council + "/working-groups", FRANKENBERG, body("name", "AG Öffentlicher Raum",
                "mandate", "Lagebild Innenstadt", "actionFields", List.of("PUBLIC_SPACE"), "memberIds", List.of(police, school)));
        assertEquals(group.body(), 201, group.status());
        assertProblem(post(council + "/working-groups", FRANKENBERG, body("name", "AG", "actionFields", List.of("NO_SUCH_FIELD"))),
                400, "actionFields[0]");

        // the first meeting: members only attend, only attending voting members vote
        Answer strangers = post(council + "/meetings", FRANKENBERG, body("heldOn", "2021-06-15", "title", "Konstituierende Sitzung",
                "agenda", List.of("Begrüßung"), "attendeeIds", List.of(mayor, "not-a-member")));
        assertProblem(strangers, 400, "attendeeIds[1]");
        assertEquals(0, get(council + "/meetings", FRANKENBERG).get("total").asInt());
        Answer meeting = post(council + "/meetings", FRANKENBERG, body("heldOn", "2021-06-15", "title", "Konstituierende Sitzung <1>",
                "location", "Rathaus", "agenda", List.of("Begrüßung", "Geschäftsordnung", "Arbeitsgruppen"),
                "attendeeIds", List.of(mayor, police, school, pastor)));
        assertEquals(meeting.body(), 201, meeting.status());
        String meetingPath = council + "/meetings/" + field(meeting, "id");
        assertProblem(post(meetingPath + "/decisions", FRANKENBERG, body("text", "AG einrichten",
                "votes", List.of(body("memberId", mayor, "choice", "YES"), body("memberId", pastor, "choice", "YES")))),
                400, "votes[1].memberId");
        Answer decision = post(meetingPath + "/decisions", FRANKENBERG, body("text", "AG einrichten",
                "votes", List.of(body("memberId", mayor, "choice", "YES"), body("memberId", police, "choice", "YES"),
                        body("memberId", school, "choice", "ABSTAIN"))));
        assertEquals(decision.body(), 201, decision.status());
        assertEquals(2, decision.get("yes").asInt());
        Answer task = post(council + "/tasks", FRANKENBERG, body("meetingId", field(meeting, "id"),
                "title", "Lagebild Innenstadt vorlegen", "owner", "AG Öffentlicher Raum", "dueOn", "2021-09-30"));
        assertEquals(task.body(), 201, task.status());
        assertTrue(task.get("overdue").asBoolean());
        Answer overdue = get(COUNCILS + "/tasks/overdue?municipality=" + FRANKENBERG_AGS, FRANKENBERG);
        assertEquals(1, overdue.get("total").asInt());

        // printable minutes and yearly report, user text escaped
        Answer minutes = get(meetingPath + "/minutes", FRANKENBERG);
        assertEquals(200, minutes.status());
        assertTrue(minutes.contentType(), minutes.contentType().startsWith("text/html"));
        assertTrue(minutes.body().contains("Konstituierende Sitzung &lt;1&gt;"));
        assertTrue(minutes.body().contains("Pfarrer"));
        Answer report = get(council + "/report?year=2021", FRANKENBERG);
        assertEquals(200, report.status());
        assertTrue(report.body().contains("AG Öffentlicher Raum"));
        assertProblem(get(council + "/report", FRANKENBERG), 400, "year");

        // illegal transition and stale version: 409, nothing changed
        Answer reactivate = post(council + "/status", FRANKENBERG, body("status", "REACTIVATED", "on", "2022-01-01", "version", 4));
        assertProblem(reactivate, 409, null);
        // the statuses by their German names, not their codes
        assertTrue(reactivate.body(), reactivate.get("detail").asText().contains("ist konstituiert und kann nicht reaktiviert werden"));
        assertProblem(put(council, FRANKENBERG, body("name", "Stale", "version", 1)), 409, null);
        assertEquals("Kommunaler Präventionsrat Frankenberg/Sa.", field(get(council, FRANKENBERG), "name"));

        // public statistics without credentials: aggregates only
        Answer stats = get(COUNCILS + "/statistics", null);
        assertEquals(200, stats.status());
        boolean counted2021 = false;
        for (JsonNode year : stats.get("perYear")) {
            counted2021 |= year.get("year").asInt() == 2021 && year.get("constituted").asInt() >= 1;
        }
        assertTrue(stats.body(), counted2021);
        assertFalse(stats.body().contains("Bürgermeister"));

        // another municipality sees nothing and may change nothing
        assertEquals(404, get(council, FLOEHA).status());
        assertEquals(404, post(council + "/members", FLOEHA, body("name", "X", "sector", "OTHER", "voting", true,
                "memberSince", "2021-01-01")).status());
        assertProblem(post(COUNCILS, FLOEHA, body("municipality", FRANKENBERG_AGS)), 403, null);
        assertEquals(0, get(COUNCILS + "?municipality=" + FRANKENBERG_AGS, FLOEHA).get("total").asInt());
        assertEquals(200, get(council, VIEWER).status());
        assertProblem(post(council + "/members", VIEWER, body("name", "X", "sector", "OTHER", "voting", true,
                "memberSince", "2021-01-01")), 403, null);
    }

    private String member(String council, String name, String sector, boolean voting) {
        Answer a = post(council + "/members", FRANKENBERG, body("name", name, "organisation", "Frankenberg", "sector", sector,
                "voting", voting, "memberSince", "2021-06-15"));
        assertEquals(a.body(), 201, a.status());
        return field(a, "id");
    }

    @Test
    public void badInputIsAProblemNamingTheField() {
        assertProblem(post(COUNCILS, ADMIN, body("municipality", "1452215x")), 400, "municipality");
        assertProblem(post(COUNCILS, ADMIN, body("municipality", CHEMNITZ_AGS, "plannedOn", "soon")), 400, "plannedOn");
        assertProblem(post(COUNCILS, ADMIN, body("municipality", CHEMNITZ_AGS, "colour", "red")), 400, "colour");
        assertProblem(post(COUNCILS, ADMIN, body("municipality", CHEMNITZ_AGS, "scope", "MUNICIPALITY",
                "partnerMunicipalities", List.of(FLOEHA_AGS))), 400, "partnerMunicipalities");
        Answer notEnabled = post(COUNCILS, ADMIN, body("municipality", DRESDEN_AGS));
        assertProblem(notEnabled, 403, null);
        assertTrue(notEnabled.body(), notEnabled.body().contains("nicht freigeschaltet"));
        assertProblem(post(COUNCILS + "/no-such-council/meetings", ADMIN, body("heldOn", "2021-01-01", "title", "T")), 404, null);
        assertProblem(get(COUNCILS + "?status=SLEEPING", ADMIN), 400, "status");
        assertProblem(get(COUNCILS + "?limit=0", ADMIN), 400, "limit");
        assertEquals(401, get(COUNCILS, null).status());
        assertProblem(post(COUNCILS + "/action-fields", FRANKENBERG, body("code", "CYBER", "title", "Cyber")), 403, null);
        assertEquals("the seeded Saxon action fields", 8, get(COUNCILS + "/action-fields", VIEWER).json().size());
    }

    @Test
    public void aSignedAgreementOpensThePlannedCouncilOnceWithoutTheAgreementsModule() throws Exception {
        Feature agreements = null;
        try {
            agreements = features().getFeature("asskomm-agreements");
        } catch (Exception e) {
            // not in the repository: fine, it is not installed either
        }
        assertTrue("this test proves stand-alone use", agreements == null || !features().isInstalled(agreements));
        for (Bundle b : bundleContext.getBundles()) {
            assertFalse(b.getSymbolicName(), b.getSymbolicName().contains("agreements"));
        }
        // payload version 1 of the topic (docs/events.md): signed weeks before the event is processed
        Map<String, Object> properties = Map.of("municipality", FLOEHA_AGS, "id", "agreement-4711", "user", "floeha",
                "date", "2020-12-09", "payloadVersion", 1);
        eventAdmin.sendEvent(new Event("org/asskomm/agreements/Agreement/SIGNED", properties));

        Answer list = get(COUNCILS + "?municipality=" + FLOEHA_AGS, FLOEHA);
        assertEquals(list.body(), 1, list.get("total").asInt());
        JsonNode council = list.get("items").get(0);
        assertEquals("PLANNED", council.get("status").asText());
        String path = COUNCILS + "/" + council.get("id").asText();
        Answer office = get(path + "/office", FLOEHA);
        assertEquals("2020-12-09", office.get("plannedOn").asText());   // the signing day, not the processing day
        assertEquals("2020-12-09", council.get("statusSince").asText());
        assertTrue("office not set up yet", office.get("setUpOn") == null || office.get("setUpOn").isNull());
        JsonNode history = get(path + "/history", FLOEHA).json();
        assertEquals("system", history.get(0).get("user").asText());
        // people read the note: the German signing day, not the agreement's id
        String note = history.get(0).get("note").asText();
        assertTrue(note, note.contains("unterzeichnet am 09.12.2020") && !note.contains("agreement-4711"));

        // the coordination office was set up between the signing and today: recorded on its own day, but never
        // before the council was planned (refused at the date, in German, naming the status by its label)
        int version = council.get("version").asInt();
        Answer tooEarly = post(path + "/status", FLOEHA, body("status", "COORDINATION_OFFICE", "on", "2020-11-30", "version", version));
        assertEquals(tooEarly.body(), 400, tooEarly.status());
        assertEquals(tooEarly.body(), "on", tooEarly.get("errors").get(0).get("field").asText());
        assertEquals(tooEarly.body(), "darf nicht vor dem 09.12.2020 liegen, dem Datum des aktuellen Status „geplant“",
                tooEarly.get("errors").get(0).get("message").asText());
        Answer backDated = post(path + "/status", FLOEHA, body("status", "COORDINATION_OFFICE", "on", "2021-02-01",
                "note", "Koordinierungsstelle im Ordnungsamt", "version", version));
        assertEquals(backDated.body(), 200, backDated.status());
        assertEquals("2021-02-01", backDated.get("statusSince").asText());
        JsonNode dated = get(path + "/history", FLOEHA).json();
        assertEquals("2020-12-09", dated.get(0).get("on").asText());
        assertEquals("2021-02-01", dated.get(1).get("on").asText());

        // idempotent: a second signature (or a redelivered event) adds nothing
        eventAdmin.sendEvent(new Event("org/asskomm/agreements/Agreement/SIGNED",
                Map.of("municipality", FLOEHA_AGS, "id", "agreement-4712", "user", "floeha", "date", "2021-01-15",
                        "payloadVersion", 1)));
        assertEquals(1, get(COUNCILS + "?municipality=" + FLOEHA_AGS, FLOEHA).get("total").asInt());
        // an event without a municipality is ignored, not fatal
        eventAdmin.sendEvent(new Event("org/asskomm/agreements/Agreement/SIGNED", Map.of("id", "broken")));
        assertEquals(200, get(COUNCILS + "/statistics", null).status());
    }

    @Test
    public void uninstallRemovesTheEndpointAndReinstallFindsTheData() throws Exception {
        Answer created = post(COUNCILS, ADMIN, body("municipality", CHEMNITZ_AGS, "name", "Kriminalpräventiver Rat Chemnitz"));
        assertEquals(created.body(), 201, created.status());
        String path = COUNCILS + "/" + field(created, "id");

        assertTrue(get("/api/v1/openapi.json", ADMIN).body().contains("/councils/{councilId}/meetings"));

        uninstall(FEATURE);
        awaitStatus(COUNCILS + "/statistics", 404, Duration.ofSeconds(30));
        assertFalse(get("/api/v1/modules", ADMIN).body().contains("\"councils\""));
        assertFalse(get("/api/v1/openapi.json", ADMIN).body().contains("/councils"));
        assertEquals(200, get("/api/v1/health", null).status());

        install(FEATURE);
        awaitStatus(COUNCILS + "/statistics", 200, Duration.ofSeconds(30));
        assertTrue(get("/api/v1/modules", ADMIN).body().contains("\"councils\""));
        Answer again = get(path, ADMIN);
        assertEquals(again.body(), 200, again.status());
        assertEquals("Kriminalpräventiver Rat Chemnitz", field(again, "name"));
        assertEquals("PLANNED", field(again, "status"));
    }
}
