package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
 * The journey of Frankenberg/Sa. built over HTTP from the data of the agreements, councils and coaching modules
 * (consultation, signed agreement, the council the councils module opens on the signing day, coach and session),
 * and uninstalling the coaching module removes its stage only; installing it again brings it back with its dates.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class JourneyIT extends AsskommTestSupport {

    static final String FRANKENBERG_AGS = "14522150";
    static final String JOURNEY = "/api/v1/journey/municipalities/" + FRANKENBERG_AGS;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void modulesAreInstalled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        for (String module : List.of("journey", "agreements", "councils", "coaching")) {
            installIfMissing("asskomm-" + module);
            awaitStatus("/api/v1/modules/" + module, 200, Duration.ofSeconds(60));
            if (!module.equals("journey")) {
                enable(module, FRANKENBERG_AGS);
            }
        }
    }

    @Test
    public void theJourneyComesFromTheModulesDataAndAnUninstalledModuleRemovesOnlyItsStage() throws Exception {
        Answer consultation = post("/api/v1/agreements/consultations", ADMIN, Map.of("municipality", FRANKENBERG_AGS,
                "date", "2020-06-15", "topics", List.of("Kooperationsvereinbarung"), "outcome", "Entwurf vorbereitet"));
        assertEquals(consultation.body(), 201, consultation.status());
        Answer agreement = post("/api/v1/agreements", FRANKENBERG, AgreementsIT.frankenbergDraft());
        assertEquals(agreement.body(), 201, agreement.status());
        Answer signed = post("/api/v1/agreements/" + agreement.get("id").asText() + "/transitions", ADMIN,
                Map.of("to", "SIGNED", "date", "2020-12-09", "place", "Frankenberg/Sa.",
                        "version", agreement.get("version").asInt()));
        assertEquals(signed.body(), 200, signed.status());
        Answer coach = post("/api/v1/coaching/coaches", ADMIN, Map.of("name", "Katrin Berger", "email",
                "k.berger@coaching.example", "regions", List.of("Mittelsachsen"), "topics", List.of("Präventionsrat"),
                "capacity", 3));
        assertEquals(coach.body(), 201, coach.status());
        Answer assignment = post("/api/v1/coaching/assignments", ADMIN, Map.of("municipality", FRANKENBERG_AGS,
                "coachId", coach.get("id").asText(), "coordinator", "Präventionskoordination Frankenberg",
                "startedOn", "2020-10-01"));
        assertEquals(assignment.body(), 201, assignment.status());
        Answer session = post("/api/v1/coaching/assignments/" + assignment.get("id").asText() + "/sessions",
                FRANKENBERG, Map.of("date", "2020-10-14", "topics", List.of("Auftakt", "Vereinbarung")));
        assertEquals(session.body(), 201, session.status());

        // events arrive asynchronously (not necessarily in the order of the requests); the council is opened by the
        // councils module's reaction to SIGNED
        Map<String, String> reached = new LinkedHashMap<>();
        reached.put("FIRST_CONTACT", "2020-06-15");
        reached.put("CONSULTATIONS", "2020-06-15");
        reached.put("AGREEMENT", "2020-12-09");
        reached.put("COUNCIL", "2020-12-09");
        reached.put("COACHING", "2020-10-01");
        JsonNode journey = awaitJourney(j -> reached(j).equals(reached)
                && step(j, "COACHING", "org/asskomm/coaching/Session/LOGGED").get("count").asInt() == 1);
        assertTrue(journey.get("name").asText(), journey.get("name").asText().startsWith("Frankenberg/Sa."));
        assertEquals(List.of("FIRST_CONTACT", "CONSULTATIONS", "AGREEMENT", "COUNCIL", "COACHING"), codes(journey));
        assertTrue(step(journey, "AGREEMENT", "org/asskomm/agreements/Agreement/SIGNED").get("detail").asText()
                .contains("Polizeidirektion Chemnitz"));
        assertEquals("2020-10-14", step(journey, "COACHING", "org/asskomm/coaching/Session/LOGGED").get("firstOn")
                .asText());
        assertEquals(8, get("/api/v1/journey/stages", VIEWER).json().size());
        JsonNode summaries = get("/api/v1/journey/municipalities?district=Mittelsachsen", VIEWER).json();
        assertEquals(FRANKENBERG_AGS, summaries.get(0).get("municipality").asText());
        assertEquals(403, get(JOURNEY, FLOEHA).status());
        assertEquals(401, get(JOURNEY, null).status());

        uninstall("asskomm-coaching");
        awaitStatus("/api/v1/modules/coaching", 404, Duration.ofSeconds(60));
        JsonNode without = awaitJourney(j -> !codes(j).contains("COACHING"));
        assertEquals(List.of("FIRST_CONTACT", "CONSULTATIONS", "AGREEMENT", "COUNCIL"), codes(without));
        Map<String, String> kept = new LinkedHashMap<>(reached);
        kept.remove("COACHING");
        assertEquals(kept, reached(without));
        for (JsonNode stage : without.get("stages")) {
            for (JsonNode step : stage.get("steps")) {
                assertFalse(step.get("topic").asText(), step.get("topic").asText().startsWith("org/asskomm/coaching/"));
            }
        }

        install("asskomm-coaching");
        awaitStatus("/api/v1/modules/coaching", 200, Duration.ofSeconds(60));
        JsonNode back = awaitJourney(j -> codes(j).contains("COACHING"));
        assertEquals(reached, reached(back));
    }

    private JsonNode awaitJourney(Predicate<JsonNode> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Answer last = null;
        while (System.nanoTime() < deadline) {
            last = get(JOURNEY, FRANKENBERG);
            if (last.status() == 200 && done.test(last.json())) {
                return last.json();
            }
            Thread.sleep(250);
        }
        throw new AssertionError("journey not as expected within 30 s: " + (last == null ? "" : last.status() + " "
                + last.body()));
    }

    static List<String> codes(JsonNode journey) {
        List<String> codes = new ArrayList<>();
        journey.get("stages").forEach(s -> codes.add(s.get("code").asText()));
        return codes;
    }

    static Map<String, String> reached(JsonNode journey) {
        Map<String, String> reached = new LinkedHashMap<>();
        journey.get("stages").forEach(s -> {
            if (!s.get("reachedOn").isNull()) {
                reached.put(s.get("code").asText(), s.get("reachedOn").asText());
            }
        });
        return reached;
    }

    static JsonNode step(JsonNode journey, String stage, String topic) {
        for (JsonNode s : journey.get("stages")) {
            if (s.get("code").asText().equals(stage)) {
                for (JsonNode step : s.get("steps")) {
                    if (step.get("topic").asText().equals(topic)) {
                        return step;
                    }
                }
            }
        }
        throw new AssertionError("no step " + topic + " in stage " + stage + ": " + journey);
    }
}
