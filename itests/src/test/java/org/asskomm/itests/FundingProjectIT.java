package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
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
 * Funding as the LPR runs it (issue 22), in the real distribution with the agreements module: several programmes of
 * one year named by title and id, and the consultation gate, fed by the consultations the agreements module records.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class FundingProjectIT extends AsskommTestSupport {

    private static final String BASE = "/api/v1/funding";
    private static final String FRANKENBERG_AGS = "14522150";
    private static final String FLOEHA_AGS = "14522140";
    private static final LocalDate TODAY = LocalDate.now();
    private static final int YEAR = TODAY.getYear() + 1;
    private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void fundingAndAgreementsAreInstalled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        for (String module : List.of("agreements", "funding")) {
            installIfMissing("asskomm-" + module);
            awaitStatus("/api/v1/" + module + "/statistics", 200, Duration.ofSeconds(30));
            enable(module, FRANKENBERG_AGS);
            enable(module, FLOEHA_AGS);
        }
    }

    private static Answer expect(int status, Answer a) {
        assertEquals(a.body(), status, a.status());
        return a;
    }

    private JsonNode programme(String title, LocalDate opens, LocalDate closes, Integer consultationMonths) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("year", YEAR);
        body.put("title", title);
        body.put("budget", 500000.00);
        body.put("windowOpens", opens.toString());
        body.put("windowCloses", closes.toString());
        if (consultationMonths != null) {
            body.put("consultationMonths", consultationMonths);
        }
        return expect(201, post(BASE + "/programmes", ADMIN, body)).json();
    }

    private JsonNode draft(JsonNode programme, String ags, String user) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", programme.get("id").asText());
        body.put("municipality", ags);
        body.put("applicant", "Stadt " + ags);
        body.put("title", "Präventionsprojekt " + ags + " " + System.nanoTime());
        body.put("actionField", "Gewaltprävention");
        body.put("location", "Sachsen");
        body.put("periodStart", YEAR + "-02-01");
        body.put("periodEnd", YEAR + "-11-30");
        body.put("description", Map.of("problemDescription", "p", "causeAnalysis", "c", "goalsAndTargetGroups", "g",
                "measures", "m", "implementation", "i", "evaluation", "e", "conclusions", "s"));
        body.put("consultationDate", TODAY.minusDays(10).toString());
        body.put("consultationReference", "LPR-" + ags);
        body.put("costPlan", List.of(Map.of("category", "EVENTS", "description", "Projekttage", "amount", 20000.00)));
        body.put("requestedAmount", 18000.00);
        body.put("ownContribution", 2000.00);
        return expect(201, post(BASE + "/applications", user, body)).json();
    }

    private Answer submit(JsonNode application, String user, String language) {
        return send("POST", BASE + "/applications/" + application.get("id").asText() + "/submit", user,
                "{\"version\":" + application.get("version").asInt() + "}", "application/json", language);
    }

    /** Records an LPR consultation in the agreements module and waits until the funding module knows it. */
    private void consult(String ags, LocalDate date) throws InterruptedException {
        Answer recorded = expect(201, post("/api/v1/agreements/consultations", ADMIN, Map.of("municipality", ags,
                "date", date.toString(), "topics", List.of("Förderantrag " + YEAR), "outcome", "Antrag möglich")));
        String id = recorded.get("id").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String known = "";
        while (System.nanoTime() < deadline && !known.contains(id)) {
            known = get(BASE + "/consultations?municipality=" + ags, ADMIN).body();
            Thread.sleep(100);
        }
        assertTrue(known, known.contains(id));
    }

    @Test
    public void theConsultationGateRefusesWithoutAndAcceptsWithARecentConsultation() throws Exception {
        String title = "Landesförderung Kommunale Prävention " + System.nanoTime();
        JsonNode gated = programme(title, TODAY.minusDays(5), TODAY.plusDays(30), 6);
        assertEquals(6, gated.get("consultationMonths").asInt());
        String id = gated.get("id").asText();

        // Floeha: only a consultation of eight months ago, too old for a six-month gate
        consult(FLOEHA_AGS, TODAY.minusMonths(8));
        JsonNode floeha = draft(gated, FLOEHA_AGS, FLOEHA);
        Answer refused = submit(floeha, FLOEHA, null);
        assertEquals(refused.body(), 409, refused.status());
        String detail = refused.get("detail").asText();
        assertTrue(detail, detail.contains("keine Beratung durch den LPR zwischen dem "
                + TODAY.minusMonths(6).format(GERMAN) + " und dem " + TODAY.format(GERMAN) + " verzeichnet"));
        assertTrue(detail, detail.contains("Programm „" + title + "“ (" + YEAR + ", Kennung " + id + ")"));
        assertTrue(detail, detail.contains("in den letzten 6 Monaten"));
        String english = submit(floeha, FLOEHA, "en").get("detail").asText();
        assertTrue(english, english.contains("requires a consultation of the municipality by the LPR within the last 6"));
        assertEquals("DRAFT", get(BASE + "/applications/" + floeha.get("id").asText(), FLOEHA).get("status").asText());

        // Frankenberg: refused, then consulted ten days ago and accepted
        JsonNode frankenberg = draft(gated, FRANKENBERG_AGS, FRANKENBERG);
        assertEquals(409, submit(frankenberg, FRANKENBERG, null).status());
        consult(FRANKENBERG_AGS, TODAY.minusDays(10));
        Answer accepted = submit(frankenberg, FRANKENBERG, null);
        assertEquals(accepted.body(), 200, accepted.status());
        assertEquals("SUBMITTED", accepted.get("status").asText());

        // the LPR switches the gate off (0): Floeha may submit now
        JsonNode off = expect(200, put(BASE + "/programmes/" + id, ADMIN, Map.of("consultationMonths", 0,
                "version", gated.get("version").asInt()))).json();
        assertTrue(off.toString(), off.get("consultationMonths") == null || off.get("consultationMonths").isNull());
        assertEquals(200, submit(floeha, FLOEHA, null).status());
        Answer bad = put(BASE + "/programmes/" + id, ADMIN, Map.of("consultationMonths", 61,
                "version", off.get("version").asInt()));
        assertEquals(bad.body(), 400, bad.status());
        assertTrue(bad.body(), bad.body().contains("consultationMonths"));
    }

    @Test
    public void severalProgrammesOfOneYearAreNamedByTitleAndId() {
        String stateTitle = "Landesprogramm " + System.nanoTime();
        String federalTitle = "Kofinanzierung Bundesprogramm " + System.nanoTime();
        JsonNode state = programme(stateTitle, TODAY.minusDays(5), TODAY.plusDays(30), null);
        JsonNode federal = programme(federalTitle, TODAY.minusDays(60), TODAY.minusDays(30), null);
        JsonNode list = get(BASE + "/programmes?year=" + YEAR + "&limit=500", ADMIN).json();
        String titles = list.toString();
        assertTrue(titles, titles.contains(stateTitle) && titles.contains(federalTitle));

        // the closed one refuses, naming itself by title, year and id; the open one of the same year accepts
        Answer late = submit(draft(federal, FRANKENBERG_AGS, FRANKENBERG), FRANKENBERG, null);
        assertEquals(late.body(), 409, late.status());
        assertTrue(late.body(), late.get("detail").asText().startsWith("Anträge zum Programm „" + federalTitle + "“ ("
                + YEAR + ", Kennung " + federal.get("id").asText() + ") werden vom "
                + TODAY.minusDays(60).format(GERMAN)));
        assertEquals(200, submit(draft(state, FRANKENBERG_AGS, FRANKENBERG), FRANKENBERG, null).status());
    }

    private static Map<String, Object> steps(String causes) {
        String text = "Ein ausführlicher Text, der diesen Schritt des Projektkonzepts vollständig beschreibt.";
        Map<String, Object> steps = new LinkedHashMap<>();
        for (String step : List.of("problem", "causes", "goals", "measures", "implementation", "evaluation",
                "documentation")) {
            steps.put(step, step.equals("causes") ? causes : text);
        }
        return steps;
    }

    @Test
    public void aConceptWithAnIncompleteStepIsRefusedWithTheStepNamed() {
        JsonNode programme = programme("Landesprogramm mit Konzeptpflicht " + System.nanoTime(), TODAY.minusDays(5),
                TODAY.plusDays(30), null);
        programme = expect(200, put(BASE + "/programmes/" + programme.get("id").asText(), ADMIN,
                Map.of("conceptRequired", true, "version", programme.get("version").asInt()))).json();
        assertTrue(programme.get("conceptRequired").asBoolean());
        JsonNode a = draft(programme, FRANKENBERG_AGS, FRANKENBERG);
        String concept = BASE + "/applications/" + a.get("id").asText() + "/concept";
        JsonNode empty = expect(200, get(concept, FRANKENBERG)).json();
        assertEquals(0, empty.get("revision").asInt());
        assertEquals("Problembeschreibung", empty.get("checks").get(0).get("label").asText());
        JsonNode guidance = expect(200, get(BASE + "/concept-guidance", FRANKENBERG)).json();
        assertEquals(7, guidance.size());
        assertTrue(guidance.toString(), guidance.get(2).get("guidance").asText().contains("messbaren Indikator"));

        List<Map<String, Object>> model = List.of(Map.of("goal", "Weniger Sachbeschädigungen am Markt", "name",
                "Anzeigen wegen Sachbeschädigung je Jahr", "unit", "Anzeigen", "target", 20));
        JsonNode first = expect(200, put(concept, FRANKENBERG, Map.of("steps", steps("zu kurz"), "indicators", model,
                "version", a.get("version").asInt()))).json();
        assertEquals(1, first.get("revision").asInt());
        assertTrue(!first.get("complete").asBoolean());
        assertEquals("mindestens 40 Zeichen Text nötig, bisher 7", first.get("checks").get(1).get("missing").asText());
        a = get(BASE + "/applications/" + a.get("id").asText(), FRANKENBERG).json();
        Answer refused = submit(a, FRANKENBERG, null);
        assertEquals(refused.body(), 409, refused.status());
        assertTrue(refused.body(), refused.get("detail").asText().contains("Schritt 2 „Ursachenanalyse“"));
        Answer stale = put(concept, FRANKENBERG, Map.of("steps", steps("x"), "version", a.get("version").asInt() - 1));
        assertEquals(stale.body(), 409, stale.status());
        Answer badTarget = put(concept, FRANKENBERG, Map.of("steps", steps("x"), "indicators", List.of(Map.of("goal",
                "g", "name", "n", "target", 1.234)), "version", a.get("version").asInt()));
        assertEquals(badTarget.body(), 400, badTarget.status());
        assertTrue(badTarget.body(), badTarget.body().contains("indicators[0].target"));

        JsonNode complete = expect(200, put(concept, FRANKENBERG, Map.of("steps", steps(
                "Ursachen: fehlende Treffpunkte für Jugendliche, schlechte Beleuchtung am Markt."), "indicators", model,
                "version", a.get("version").asInt()))).json();
        assertEquals(2, complete.get("revision").asInt());
        assertTrue(complete.get("complete").asBoolean());
        Answer pdf = get(concept + "/pdf", FRANKENBERG);
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
        assertTrue(pdf.body().startsWith("%PDF-"));
        assertEquals(2, expect(200, get(concept + "/revisions", FRANKENBERG)).json().size());
        assertEquals("zu kurz", expect(200, get(concept + "?revision=1", FRANKENBERG)).json().get("steps")
                .get("causes").asText());
        assertEquals(404, get(concept, FLOEHA).status());

        a = get(BASE + "/applications/" + a.get("id").asText(), FRANKENBERG).json();
        Answer accepted = submit(a, FRANKENBERG, null);
        assertEquals(accepted.body(), 200, accepted.status());

        // approval, then baseline and follow-up of the logic model's indicator, and the programme's impact report
        String app = BASE + "/applications/" + a.get("id").asText();
        a = expect(200, post(app + "/review", ADMIN, Map.of("version", accepted.get("version").asInt()))).json();
        a = expect(200, post(app + "/decision", ADMIN, Map.of("outcome", "APPROVED", "grantedAmount", 18000.00,
                "version", a.get("version").asInt()))).json();
        String indicator = "Anzeigen wegen Sachbeschädigung je Jahr";
        JsonNode before = expect(200, put(app + "/impact", FRANKENBERG, Map.of("measurements", List.of(Map.of(
                "indicator", indicator, "baseline", 40, "source", "PKS")), "version", a.get("version").asInt()))).json();
        assertEquals("NONE", before.get("light").asText());
        a = get(app, FRANKENBERG).json();
        Answer unknown = put(app + "/impact", FRANKENBERG, Map.of("measurements", List.of(Map.of("indicator",
                "Besucherzahl", "baseline", 1)), "version", a.get("version").asInt()));
        assertEquals(unknown.body(), 400, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("measurements[0].indicator"));
        // 40 -> 25 of the way to 20: 75 %, yellow
        JsonNode after = expect(200, put(app + "/impact", FRANKENBERG, Map.of("measurements", List.of(Map.of(
                "indicator", indicator, "followUp", 25, "measuredOn", TODAY.toString())), "version",
                a.get("version").asInt()))).json();
        assertEquals(75, after.get("indicators").get(0).get("achievement").asInt());
        assertEquals(0, new java.math.BigDecimal("40").compareTo(after.get("indicators").get(0).get("baseline")
                .decimalValue()));
        assertEquals("YELLOW", after.get("light").asText());
        JsonNode report = expect(200, get(BASE + "/programmes/" + programme.get("id").asText() + "/impact", ADMIN))
                .json();
        assertEquals(1, report.get("projects").asInt());
        assertEquals(1, report.get("yellow").asInt());
        assertEquals(1, report.get("indicatorsMeasured").asInt());
        assertEquals(403, get(BASE + "/programmes/" + programme.get("id").asText() + "/impact", FRANKENBERG).status());
    }

    @Test
    public void aRecipientWithTwoPayoutsAndAProofWithA25PercentDeviationAndAPartialReclaimToTheCent() {
        JsonNode programme = programme("Landesprogramm mit Zinsen " + System.nanoTime(), TODAY.minusDays(5),
                TODAY.plusDays(30), null);
        programme = expect(200, put(BASE + "/programmes/" + programme.get("id").asText(), ADMIN,
                Map.of("reclaimInterestRate", 0.05, "version", programme.get("version").asInt()))).json();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("programmeId", programme.get("id").asText());
        body.put("municipality", FRANKENBERG_AGS);
        body.put("applicant", "Stadt Frankenberg/Sa.");
        body.put("title", "Projekttage Oberschule " + System.nanoTime());
        body.put("actionField", "Gewaltprävention");
        body.put("location", "Frankenberg/Sa.");
        body.put("periodStart", YEAR + "-02-01");
        body.put("periodEnd", YEAR + "-11-30");
        body.put("description", Map.of("problemDescription", "p", "causeAnalysis", "c", "goalsAndTargetGroups", "g",
                "measures", "m", "implementation", "i", "evaluation", "e", "conclusions", "s"));
        body.put("consultationDate", TODAY.minusDays(10).toString());
        body.put("consultationReference", "LPR-PU");
        body.put("costPlan", List.of(Map.of("category", "EVENTS", "description", "Projekttage", "amount", 12000.00),
                Map.of("category", "MATERIAL", "description", "Material", "amount", 8000.00)));
        body.put("requestedAmount", 18000.00);
        body.put("ownContribution", 2000.00);
        JsonNode a = expect(201, post(BASE + "/applications", FRANKENBERG, body)).json();
        String app = BASE + "/applications/" + a.get("id").asText();
        a = expect(200, submit(a, FRANKENBERG, null)).json();
        a = expect(200, post(app + "/review", ADMIN, Map.of("version", a.get("version").asInt()))).json();
        a = expect(200, post(app + "/decision", ADMIN, Map.of("outcome", "APPROVED", "grantedAmount", 18000.00,
                "version", a.get("version").asInt()))).json();

        // a third-party recipient with its share, two payouts of it, a third beyond the share refused
        JsonNode club = expect(201, post(app + "/recipients", FRANKENBERG, Map.of("name", "Schulförderverein e. V.",
                "role", "führt die Projekttage durch", "share", 10000.00, "version", a.get("version").asInt()))).json();
        String pay = app + "/recipients/" + club.get("id").asText() + "/payouts";
        JsonNode first = expect(201, post(pay, ADMIN, Map.of("amount", 4000.00, "note", "erste Rate"))).json();
        expect(201, post(pay, ADMIN, Map.of("amount", 6000.00, "note", "zweite Rate")));
        Answer beyond = post(pay, ADMIN, Map.of("amount", 0.01));
        assertEquals(beyond.body(), 409, beyond.status());
        assertEquals(403, post(pay, FRANKENBERG, Map.of("amount", 1.00)).status());
        assertEquals("Schulförderverein e. V.", first.get("recipientName").asText());
        JsonNode ledger = get(app + "/ledger", ADMIN).json();
        int chain = 0;
        for (JsonNode e : ledger.has("items") ? ledger.get("items") : ledger) {
            if (club.get("id").asText().equals(e.path("recipientId").asText())) {
                chain++;
            }
        }
        assertEquals(ledger.toString(), 2, chain);
        expect(201, post(app + "/payouts", ADMIN, Map.of("amount", 8000.00)));
        JsonNode recipients = get(app + "/recipients", FRANKENBERG).json();
        assertEquals(0, new java.math.BigDecimal("10000.00").compareTo(recipients.get(0).get("paid").decimalValue()));
        a = get(app, FRANKENBERG).json();
        expect(200, post(app + "/recipients/" + club.get("id").asText() + "/proof", FRANKENBERG, Map.of(
                "actualCosts", 9000.00, "report", "Vier Projekttage mit 120 Schülerinnen und Schülern.", "version",
                a.get("version").asInt())));

        // proof: events 9,000 of 12,000 planned (-25 %, flagged), material 8,333.33 of 8,000 (+4.2 %)
        a = get(app, FRANKENBERG).json();
        JsonNode proved = expect(200, post(app + "/proof", FRANKENBERG, Map.of("actualCosts", List.of(
                Map.of("category", "EVENTS", "amount", 9000.00), Map.of("category", "MATERIAL", "amount", 8333.33)),
                "report", "Vier statt fünf Projekttage.", "version", a.get("version").asInt()))).json();
        JsonNode events = proved.get("proof").get("deviations").get(0);
        assertEquals("EVENTS", events.get("category").asText());
        assertEquals(-25.0, events.get("percent").asDouble(), 0.0001);
        assertTrue(events.get("flagged").asBoolean());
        assertTrue(!proved.get("proof").get("deviations").get(1).get("flagged").asBoolean());
        // 90 % of 17,333.33 recognised = 15,599.99: 2,400.01 reclaimed; 18,000 paid -> 2,400.01 to pay back
        JsonNode reviewed = expect(200, post(app + "/proof/review", ADMIN, Map.of("recognizedCosts", 17333.33,
                "note", "geprüft", "version", proved.get("version").asInt()))).json();
        JsonNode proof = reviewed.get("proof");
        assertEquals("PARTIAL_RECLAIM", proof.get("outcome").asText());
        assertEquals(0, new java.math.BigDecimal("15599.99").compareTo(proof.get("finalGrant").decimalValue()));
        assertEquals(0, new java.math.BigDecimal("2400.01").compareTo(proof.get("reclaimedByReview").decimalValue()));
        assertEquals(0, new java.math.BigDecimal("0.32").compareTo(proof.get("interestPerDay").decimalValue()));
        assertEquals(0, new java.math.BigDecimal("2400.01").compareTo(
                reviewed.get("money").get("repaymentDue").decimalValue()));
    }
}
