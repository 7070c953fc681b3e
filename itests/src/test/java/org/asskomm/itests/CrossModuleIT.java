package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Modules that know nothing of each other cooperate through events: signing a cooperation agreement plans
 * the municipality's prevention council (agreements + councils), and a recorded consultation reaches the
 * funding module.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CrossModuleIT extends AsskommTestSupport {

    private static final String FRANKENBERG_AGS = "14522150";

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void modulesAreInstalled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        for (String module : new String[] {"agreements", "councils", "funding"}) {
            installIfMissing("asskomm-" + module);
            awaitStatus("/api/v1/" + module + "/statistics", 200, Duration.ofSeconds(30));
            enable(module, FRANKENBERG_AGS);
        }
    }

    @Test
    public void signingAnAgreementPlansTheCouncil() throws Exception {
        assertEquals(0, get("/api/v1/councils?municipality=" + FRANKENBERG_AGS, FRANKENBERG).get("total").asInt());
        Answer created = post("/api/v1/agreements", FRANKENBERG, AgreementsIT.frankenbergDraft());
        assertEquals(created.body(), 201, created.status());
        Answer signed = post("/api/v1/agreements/" + created.get("id").asText() + "/transitions", ADMIN,
                Map.of("to", "SIGNED", "date", "2020-12-09", "place", "Frankenberg/Sa.",
                        "version", created.get("version").asInt()));
        assertEquals(signed.body(), 200, signed.status());

        Answer councils = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            councils = get("/api/v1/councils?municipality=" + FRANKENBERG_AGS, FRANKENBERG);
            if (councils.get("total").asInt() > 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(councils.body(), 1, councils.get("total").asInt());
        assertEquals("PLANNED", councils.get("items").get(0).get("status").asText());
        String history = get("/api/v1/councils/" + councils.get("items").get(0).get("id").asText() + "/history",
                FRANKENBERG).body();
        assertTrue(history, history.contains(created.get("id").asText()));
    }

    @Test
    public void aRecordedConsultationReachesTheFundingModule() throws Exception {
        Answer consultation = post("/api/v1/agreements/consultations", ADMIN, Map.of("municipality", FRANKENBERG_AGS,
                "date", "2025-06-02", "topics", java.util.List.of("Funding application 2026"), "outcome", "Apply"));
        assertEquals(consultation.body(), 201, consultation.status());
        String id = consultation.get("id").asText();
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        String known = "";
        while (System.nanoTime() < deadline && !known.contains(id)) {
            known = get("/api/v1/funding/consultations?municipality=" + FRANKENBERG_AGS, FRANKENBERG).body();
            Thread.sleep(100);
        }
        assertTrue(known, known.contains(id));
    }
}
