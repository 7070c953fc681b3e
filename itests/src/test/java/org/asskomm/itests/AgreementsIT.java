package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Dictionary;
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

/** The agreements module in the running distribution: the seed scenario over HTTP, and hot (un)install. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AgreementsIT extends AsskommTestSupport {

    static final String FRANKENBERG_AGS = "14522150";
    static final String FLOEHA_AGS = "14522140";
    static final List<String> FLOEHA_PARTNERS = List.of("14522020", "14522110", "14522320", "14522420", "14522440");

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void moduleIsInstalled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        installIfMissing("asskomm-agreements");
        awaitStatus("/api/v1/agreements", 200, Duration.ofSeconds(30));
        enable("agreements", FRANKENBERG_AGS);
        enable("agreements", FLOEHA_AGS);
    }

    static Map<String, Object> frankenbergDraft() {
        return Map.of("municipality", FRANKENBERG_AGS,
                "subject", "Kooperationsvereinbarung Allianz Sichere Sächsische Kommunen",
                "goals", List.of("Extend the municipal prevention structures",
                        "Strengthen the population's subjective sense of safety"),
                "measures", List.of("Set up a coordination office"),
                "parties", List.of(
                        party("Stadt Frankenberg/Sa.", "MUNICIPALITY", FRANKENBERG_AGS, "Bürgermeister"),
                        party("Polizeidirektion Chemnitz", "POLICE", null, "Leiter des Polizeireviers Mittweida"),
                        party("Landespräventionsrat Sachsen", "LPR", null, "Geschäftsführer")));
    }

    static Map<String, Object> party(String organisation, String type, String ags, String function) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("organisation", organisation);
        p.put("type", type);
        p.put("municipality", ags);
        p.put("signatories", List.of(Map.of("name", "N. N.", "function", function)));
        return p;
    }

    @Test
    public void theSeedScenarioRunsEndToEnd() throws Exception {
        List<Event> signedEvents = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "org/asskomm/agreements/Agreement/SIGNED");
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, signedEvents::add, props);
        try {
            Answer consultation = post("/api/v1/agreements/consultations", ADMIN, Map.of("municipality", FRANKENBERG_AGS,
                    "date", "2020-06-15", "topics", List.of("Cooperation agreement"), "outcome", "Text prepared"));
            assertEquals(consultation.body(), 201, consultation.status());

            // entered after the fact: the first contact is back-dated to the consultation
            Map<String, Object> draft = new java.util.HashMap<>(frankenbergDraft());
            draft.put("firstContactOn", "2020-06-15");
            Answer created = post("/api/v1/agreements", FRANKENBERG, draft);
            assertEquals(created.body(), 201, created.status());
            String id = created.get("id").asText();
            assertEquals("FIRST_CONTACT", created.get("status").asText());
            assertEquals("2020-06-15", created.get("history").get(0).get("on").asText());

            Answer signed = post("/api/v1/agreements/" + id + "/transitions", ADMIN, Map.of("to", "SIGNED",
                    "date", "2020-12-09", "place", "Frankenberg/Sa.", "version", created.get("version").asInt()));
            assertEquals(signed.body(), 200, signed.status());
            assertEquals("2020-12-09", signed.get("signedOn").asText());
            assertEquals(3, signed.get("parties").size());
            // the history reads in date order: first contact, then the signing
            assertEquals("2020-06-15", signed.get("history").get(0).get("on").asText());
            assertEquals("2020-12-09", signed.get("history").get(1).get("on").asText());

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (signedEvents.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, signedEvents.size());
            assertEquals(FRANKENBERG_AGS, signedEvents.get(0).getProperty("municipality"));
            assertEquals(id, signedEvents.get(0).getProperty("id"));
            assertEquals("2020-12-09", signedEvents.get(0).getProperty("date"));   // the signing day (docs/events.md)
            assertEquals(1, signedEvents.get(0).getProperty("payloadVersion"));

            // purpose agreements: Frankenberg negotiating, Flöha's compound in force since 1 September 2020
            Answer negotiating = post("/api/v1/agreements/purpose", FRANKENBERG, Map.of("lead", FRANKENBERG_AGS,
                    "partners", List.of("14522230", "14522330", "14522540"), "purpose", "Shared enforcement service",
                    "kind", "MANDATING"));
            assertEquals(negotiating.body(), 201, negotiating.status());
            Answer floeha = post("/api/v1/agreements/purpose", FLOEHA, Map.of("lead", FLOEHA_AGS, "partners", FLOEHA_PARTNERS,
                    "purpose", "Interkommunaler Gemeindlicher Vollzugsdienst", "kind", "MANDATING",
                    "startDate", "2020-09-01", "noticeMonths", 6));
            assertEquals(floeha.body(), 201, floeha.status());
            int version = floeha.get("version").asInt();
            for (String status : List.of("CONCLUDED", "APPROVED", "IN_FORCE")) {
                Answer t = post("/api/v1/agreements/purpose/" + floeha.get("id").asText() + "/transitions", FLOEHA,
                        Map.of("to", status, "date", "2020-09-01", "version", version));
                assertEquals(t.body(), 200, t.status());
                version = t.get("version").asInt();
            }
            // Frankenberg does not see Flöha's compound; a partner's staff would
            assertEquals(404, get("/api/v1/agreements/purpose/" + floeha.get("id").asText(), FRANKENBERG).status());

            Answer stats = get("/api/v1/agreements/statistics?year=2020", null);
            assertEquals(200, stats.status());
            assertEquals(1, stats.get("municipalitiesAdvised").asLong());
            assertEquals(1, stats.get("municipalitiesWithSignedAgreement").asLong());
            JsonNode mittelsachsen = null;
            for (JsonNode d : stats.get("byDistrict")) {
                if (d.get("district").asText().equals("Mittelsachsen")) {
                    mittelsachsen = d;
                }
            }
            assertEquals(1, mittelsachsen.get("signed").asLong());

            Answer list = get("/api/v1/agreements?district=Mittelsachsen&status=SIGNED&year=2020", VIEWER);
            assertEquals(1, list.get("total").asLong());
            assertEquals(0, get("/api/v1/agreements", FLOEHA).get("total").asLong());
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void badInputIsRefusedAndNothingIsHalfWritten() {
        long before = get("/api/v1/agreements", ADMIN).get("total").asLong();
        Map<String, Object> noOrganisation = new java.util.HashMap<>(frankenbergDraft());
        noOrganisation.put("parties", List.of(party("Stadt Frankenberg/Sa.", "MUNICIPALITY", FRANKENBERG_AGS, "B"),
                party("", "LPR", null, "G")));
        Answer a = post("/api/v1/agreements", FRANKENBERG, noOrganisation);
        assertEquals(400, a.status());
        assertTrue(a.contentType().startsWith("application/problem+json"));
        assertEquals("parties[1].organisation", a.get("errors").get(0).get("field").asText());

        Answer wrongType = post("/api/v1/agreements", FRANKENBERG, "{\"municipality\": 14522150}");
        assertEquals(400, wrongType.status());
        assertEquals("municipality", wrongType.get("errors").get(0).get("field").asText());
        Answer unknownField = post("/api/v1/agreements", FRANKENBERG, "{\"subjekt\": \"x\"}");
        assertEquals(400, unknownField.status());
        assertEquals("subjekt", unknownField.get("errors").get(0).get("field").asText());
        assertEquals(400, post("/api/v1/agreements", FRANKENBERG, "{not json").status());
        assertEquals(400, post("/api/v1/agreements", FRANKENBERG, "").status());

        Answer foreign = post("/api/v1/agreements", FLOEHA, frankenbergDraft());
        assertEquals(403, foreign.status());
        Map<String, Object> notEnabled = new java.util.HashMap<>(frankenbergDraft());
        notEnabled.put("municipality", "14522230");
        notEnabled.put("parties", List.of(party("Stadt Hainichen", "MUNICIPALITY", "14522230", "B"),
                party("LPR", "LPR", null, "G")));
        Answer disabled = post("/api/v1/agreements", ADMIN, notEnabled);
        assertEquals(403, disabled.status());
        assertTrue(disabled.get("type").asText().endsWith("module-not-enabled"));

        Answer created = post("/api/v1/agreements", FRANKENBERG, frankenbergDraft());
        String id = created.get("id").asText();
        Answer future = post("/api/v1/agreements/" + id + "/transitions", FRANKENBERG,
                Map.of("to", "SIGNED", "date", "2999-01-01", "place", "x", "version", 1));
        assertEquals(400, future.status());
        assertEquals("date", future.get("errors").get(0).get("field").asText());
        Answer illegal = post("/api/v1/agreements/" + id + "/transitions", FRANKENBERG,
                Map.of("to", "ACTIVE", "version", 1));
        assertEquals(409, illegal.status());
        Map<String, Object> update = new java.util.HashMap<>(frankenbergDraft());
        update.put("subject", "changed");
        update.put("version", 1);
        assertEquals(200, put("/api/v1/agreements/" + id, FRANKENBERG, update).status());
        Answer stale = put("/api/v1/agreements/" + id, FRANKENBERG, update);
        assertEquals(409, stale.status());

        byte[] text = "just text".getBytes(StandardCharsets.UTF_8);
        Answer wrongDoc = send("POST", "/api/v1/agreements/" + id + "/documents?filename=vertrag.pdf", FRANKENBERG,
                text, "application/pdf");
        assertEquals(400, wrongDoc.status());
        Answer pdf = send("POST", "/api/v1/agreements/" + id + "/documents?filename=../vertrag.pdf", FRANKENBERG,
                "%PDF-1.4\n%test\n".getBytes(StandardCharsets.US_ASCII), "application/pdf");
        assertEquals(pdf.body(), 201, pdf.status());
        assertEquals("vertrag.pdf", pdf.get("filename").asText());
        Answer download = get("/api/v1/agreements/" + id + "/documents/" + pdf.get("id").asText(), FRANKENBERG);
        assertEquals(200, download.status());
        assertTrue(download.body().startsWith("%PDF-1.4"));
        assertEquals(404, get("/api/v1/agreements/" + id + "/documents/" + pdf.get("id").asText(), FLOEHA).status());
        assertEquals(before + 1, get("/api/v1/agreements", ADMIN).get("total").asLong());
    }

    /** A module's problems in the caller's language: its own texts and field labels, German without a header. */
    @Test
    public void problemsNameTheFieldsLabelInTheCallersLanguage() {
        Map<String, Object> reversed = new java.util.HashMap<>(frankenbergDraft());
        reversed.put("validFrom", "2021-06-01");
        reversed.put("validUntil", "2021-05-31");
        for (String german : new String[] {"de-DE", null}) {
            Answer de = send("POST", "/api/v1/agreements", FRANKENBERG, reversed, "application/json", german);
            assertEquals(de.body(), 400, de.status());
            assertEquals(de.body(), "Ungültige Eingabe", de.get("title").asText());
            JsonNode error = de.get("errors").get(0);
            assertEquals("validUntil", error.get("field").asText());
            assertEquals(de.body(), "Gültig bis", error.get("label").asText());
            assertEquals(de.body(), "darf nicht vor „Gültig ab“ liegen", error.get("message").asText());
            assertTrue(de.body(), de.get("detail").asText().contains("Gültig bis darf nicht vor „Gültig ab“ liegen"));
        }
        // a first contact in the future is refused at its field, in German by default
        Map<String, Object> future = new java.util.HashMap<>(frankenbergDraft());
        future.put("firstContactOn", java.time.LocalDate.now().plusDays(2).toString());
        Answer later = send("POST", "/api/v1/agreements", FRANKENBERG, future, "application/json", null);
        assertEquals(later.body(), 400, later.status());
        assertEquals(later.body(), "firstContactOn", later.get("errors").get(0).get("field").asText());
        assertEquals(later.body(), "Erstkontakt am", later.get("errors").get(0).get("label").asText());
        assertEquals(later.body(), "darf nicht in der Zukunft liegen", later.get("errors").get(0).get("message").asText());
        Answer en = send("POST", "/api/v1/agreements", FRANKENBERG, reversed, "application/json", "en");
        assertEquals(en.body(), "Invalid input", en.get("title").asText());
        assertEquals(en.body(), "valid until", en.get("errors").get(0).get("label").asText());
        assertEquals(en.body(), "must not be before \"valid from\"", en.get("errors").get(0).get("message").asText());

        String unknown = "00000000-0000-4000-8000-000000000000";
        Answer missing = send("GET", "/api/v1/agreements/" + unknown, FRANKENBERG, null, null, "de-DE");
        assertEquals(missing.body(), 404, missing.status());
        assertEquals(missing.body(), "Nicht gefunden", missing.get("title").asText());
        assertEquals(missing.body(), "Es gibt keine Kooperationsvereinbarung " + unknown + ".",
                missing.get("detail").asText());
        Answer english = send("GET", "/api/v1/agreements/" + unknown, FRANKENBERG, null, null, "en");
        assertEquals(english.body(), "Not found", english.get("title").asText());
        assertEquals(english.body(), "No agreement " + unknown + ".", english.get("detail").asText());
    }

    @Test
    public void theFeatureUninstallsAndReinstallsWithoutRestartKeepingItsData() throws Exception {
        Answer created = post("/api/v1/agreements", FRANKENBERG, frankenbergDraft());
        assertEquals(201, created.status());
        String id = created.get("id").asText();
        assertNotNull(get("/api/v1/openapi.json", ADMIN).get("paths").get("/agreements/{id}"));
        long coreStarted = bundle("org.asskomm.platform-rest").getLastModified();

        uninstall("asskomm-agreements");
        awaitStatus("/api/v1/agreements", 404, Duration.ofSeconds(30));
        assertFalse(get("/api/v1/modules", ADMIN).body().contains("\"agreements\""));
        assertNull(get("/api/v1/openapi.json", ADMIN).get("paths").get("/agreements/{id}"));
        assertEquals(200, get("/api/v1/municipalities/" + FRANKENBERG_AGS, ADMIN).status());

        install("asskomm-agreements");
        awaitStatus("/api/v1/agreements", 200, Duration.ofSeconds(30));
        assertTrue(get("/api/v1/modules", ADMIN).body().contains("\"agreements\""));
        Answer again = get("/api/v1/agreements/" + id, FRANKENBERG);
        assertEquals(200, again.status());
        assertEquals(created.get("subject").asText(), again.get("subject").asText());
        assertEquals("the core was not refreshed", coreStarted, bundle("org.asskomm.platform-rest").getLastModified());
    }

    /** Partners beyond municipality, police and LPR, each with its signatories; an unknown type is a 400 naming it. */
    @Test
    public void moreKindsOfPartnersSignWithTheirSignatories() {
        Map<String, Object> draft = new java.util.HashMap<>(frankenbergDraft());
        List<Map<String, Object>> parties = new java.util.ArrayList<>();
        for (Object p : (List<?>) draft.get("parties")) {
            parties.add(castParty(p));
        }
        parties.add(party("Landesamt für Schule und Bildung, Standort Chemnitz", "SCHOOLS_OFFICE", null, "Leiterin"));
        parties.add(party("Jugendamt Landkreis Mittelsachsen", "YOUTH_WELFARE_OFFICE", null, "Amtsleiter"));
        parties.add(party("Sächsische Landeszentrale für politische Bildung", "CIVIC_EDUCATION_CENTRE", null, "Direktor"));
        parties.add(party("SV Frankenberg e. V.", "ASSOCIATION", null, "Vorsitzender"));
        draft.put("parties", parties);
        Answer created = post("/api/v1/agreements", FRANKENBERG, draft);
        assertEquals(created.body(), 201, created.status());
        Answer signed = post("/api/v1/agreements/" + created.get("id").asText() + "/transitions", ADMIN,
                Map.of("to", "SIGNED", "date", "2024-04-30", "place", "Frankenberg/Sa.", "version",
                        created.get("version").asInt()));
        assertEquals(signed.body(), 200, signed.status());
        JsonNode stored = signed.get("parties");
        assertEquals(7, stored.size());
        List<String> types = new java.util.ArrayList<>();
        stored.forEach(p -> types.add(p.get("type").asText()));
        assertEquals(List.of("MUNICIPALITY", "POLICE", "LPR", "SCHOOLS_OFFICE", "YOUTH_WELFARE_OFFICE",
                "CIVIC_EDUCATION_CENTRE", "ASSOCIATION"), types);
        assertEquals("Direktor", stored.get(5).get("signatories").get(0).get("function").asText());

        parties.add(party("Feuerwehr", "FIRE_BRIGADE", null, "Wehrleiter"));
        Answer unknown = post("/api/v1/agreements", FRANKENBERG, draft);
        assertEquals(unknown.body(), 400, unknown.status());
        assertTrue(unknown.body(), unknown.body().contains("type"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castParty(Object party) {
        return (Map<String, Object>) party;
    }

    private org.osgi.framework.Bundle bundle(String symbolicName) {
        for (org.osgi.framework.Bundle b : bundleContext.getBundles()) {
            if (b.getSymbolicName().equals(symbolicName)) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
