package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Map;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Hot deployment of a third-party plugin: the safety-survey example's KAR dropped into the running
 * distribution's deploy/ folder appears (endpoint, module list, OpenAPI, console page), disappears when
 * the KAR is deleted, and finds its data again when the KAR comes back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginKarIT extends AsskommTestSupport {

    static final String SURVEYS = "/api/v1/survey/surveys";
    static final String FRANKENBERG_AGS = "14522150";

    @Configuration
    public Option[] config() {
        String kar = System.getProperty("asskomm.plugin.kar");
        if (kar == null || !new File(kar).isFile()) {
            throw new IllegalStateException("Build the safety-survey example first (mvn install); no KAR at " + kar);
        }
        return baseOptions(systemProperty("asskomm.plugin.kar").value(new File(kar).getAbsolutePath()));
    }

    @Test
    public void theKarDeploysUndeploysAndRedeploysWithItsData() throws Exception {
        Path kar = Paths.get(System.getProperty("asskomm.plugin.kar"));
        Path deployed = Paths.get(System.getProperty("karaf.base"), "deploy", kar.getFileName().toString());
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        // the platform's resources register one after the other: wait for the two this test reads
        awaitStatus("/api/v1/modules", 200, Duration.ofSeconds(30));
        awaitStatus("/api/v1/openapi.json", 200, Duration.ofSeconds(30));
        assertEquals(404, get(SURVEYS, ADMIN).status());
        assertFalse(surveyListed());

        long start = System.nanoTime();
        Files.copy(kar, deployed);
        awaitStatus(SURVEYS, 200, Duration.ofSeconds(60));
        System.out.printf("KAR deployed: endpoint answered after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        awaitListed(true);
        assertEquals(200, get("/console/modules/survey/index.js", null).status());
        assertEquals(200, get("/api/v1/health", ADMIN).status());

        enable("survey", FRANKENBERG_AGS);
        enable("survey", "14522140");
        // the module store names the module by the descriptor of the feature's bundle, not by the feature name
        Answer feature = get("/api/v1/platform/features/safety-survey", ADMIN);
        assertEquals(feature.body(), "survey", feature.get("moduleId").asText());
        assertEquals(feature.body(), 2, feature.get("enabledFor").asInt());
        Answer created = post(SURVEYS, FRANKENBERG, Map.of("municipality", FRANKENBERG_AGS, "year", 2025,
                "kickOffOn", "2025-03-03"));
        assertEquals(created.body(), 201, created.status());
        String id = created.get("id").asText();

        start = System.nanoTime();
        Files.delete(deployed);
        awaitStatus(SURVEYS, 404, Duration.ofSeconds(60));
        System.out.printf("KAR deleted: endpoint gone after %d ms%n", (System.nanoTime() - start) / 1_000_000);
        awaitListed(false);
        assertEquals(200, get("/api/v1/health", ADMIN).status());

        Files.copy(kar, deployed);
        Answer again = awaitStatus(SURVEYS + "/" + id, 200, Duration.ofSeconds(60));
        assertEquals(FRANKENBERG_AGS, again.get("municipality").asText());
        assertEquals("KICK_OFF", again.get("phase").asText());
        awaitListed(true);
    }

    private boolean surveyListed() {
        Answer modules = get("/api/v1/modules", ADMIN);
        assertEquals(200, modules.status());
        return modules.body().contains("\"survey\"");
    }

    private boolean inOpenApi() {
        return get("/api/v1/openapi.json", ADMIN).body().contains("/survey/surveys");
    }

    /** Module list and OpenAPI document follow the bundle's services a moment after the endpoint: poll them. */
    private void awaitListed(boolean listed) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (surveyListed() != listed || inOpenApi() != listed) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("survey " + (listed ? "not" : "still") + " in the module list / OpenAPI:"
                        + " listed=" + surveyListed() + ", openapi=" + inOpenApi());
            }
            Thread.sleep(250);
        }
    }
}
