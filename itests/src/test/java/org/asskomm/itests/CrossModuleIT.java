package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.asskomm.agreements.api.AgreementEvents;
import org.asskomm.analysis.api.AnalysisEvents;
import org.asskomm.councils.api.CouncilEvents;
import org.asskomm.funding.api.FundingEvents;
import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.DemoData;
import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.training.api.TrainingEvents;

import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * Modules that know nothing of each other cooperate through events: signing a cooperation agreement plans
 * the municipality's prevention council on the signing day (agreements + councils), and a recorded consultation
 * reaches the funding module. Every event posted meanwhile, and in every module's demo scenario, must be in the
 * modules' event catalogues (docs/events.md). The demo test runs last (name order): it fills both municipalities.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CrossModuleIT extends AsskommTestSupport {

    private static final String FRANKENBERG_AGS = "14522150";
    private static final String[] MODULES = {"agreements", "councils", "funding", "training", "patrol", "analysis"};
    /** A read of each module that answers 200 once its REST resources are up. */
    private static final Map<String, String> READY = Map.of("agreements", "/statistics", "councils", "/statistics",
            "funding", "/statistics", "training", "/courses", "patrol", "/offence-categories", "analysis", "/analyses");
    /** Every org/asskomm event since the first test started, in this container (one per class). */
    private static final List<Event> EVENTS = new CopyOnWriteArrayList<>();
    private static ServiceRegistration<EventHandler> recorder;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void modulesAreInstalled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        if (recorder == null) {
            recorder = bundleContext.registerService(EventHandler.class, EVENTS::add,
                    new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, "org/asskomm/*")));
        }
        for (String module : MODULES) {
            installIfMissing("asskomm-" + module);
            awaitStatus("/api/v1/" + module + READY.get(module), 200, Duration.ofSeconds(30));
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
        assertEquals("2020-12-09", councils.get("items").get(0).get("statusSince").asText());   // the signing day
        String history = get("/api/v1/councils/" + councils.get("items").get(0).get("id").asText() + "/history",
                FRANKENBERG).body();
        // the note names the signing for people: the day in German and who recorded it, no record id
        assertTrue(history, history.contains("Kooperationsvereinbarung unterzeichnet am 09.12.2020 (erfasst von admin)"));
        assertFalse(history, history.contains(created.get("id").asText()));
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

    /**
     * The action fields a safety analysis publishes (its event, exactly as catalogued: AnalysisIT proves the module
     * posts it) become proposals for the municipality's council; a new publication of the same analysis replaces
     * them. Runs after the signing test (name order), which planned Frankenberg's council.
     */
    @Test
    public void theCouncilReceivesTheActionFieldsOfASafetyAnalysis() throws Exception {
        String council = get("/api/v1/councils?municipality=" + FRANKENBERG_AGS, FRANKENBERG).get("items").get(0)
                .get("id").asText();
        String analysis = java.util.UUID.randomUUID().toString();
        EventAdmin events = bundleContext.getService(bundleContext.getServiceReference(EventAdmin.class));
        for (String[] fields : List.of(new String[] {"Einbruch", "Vermüllung", "Sicherheit nachts"},
                new String[] {"Wohnungseinbruch", "Sicherheit nachts"})) {
            Event published = new Event(AnalysisEvents.ACTION_FIELDS_PUBLISHED.topic(), AnalysisEvents
                    .ACTION_FIELDS_PUBLISHED.complete(Map.of("municipality", FRANKENBERG_AGS, "id", analysis, "user",
                            "frankenberg", "actionFields", fields, "problems", new String[fields.length],
                            "publishedOn", "2026-11-30")));
            java.util.Arrays.fill((String[]) published.getProperty("problems"), "FEAR_BURGLARY");
            assertEquals(List.of(), AnalysisEvents.CATALOGUE.violations(published));
            events.postEvent(published);
        }
        String path = "/api/v1/councils/" + council + "/action-proposals";
        Answer proposals = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            proposals = get(path, FRANKENBERG);
            if (proposals.json().size() == 2 && "Wohnungseinbruch".equals(proposals.json().get(0).get("title").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(proposals.body(), 2, proposals.json().size());
        assertEquals("Wohnungseinbruch", proposals.json().get(0).get("title").asText());
        assertEquals(2, proposals.json().get(1).get("rank").asInt());
        assertEquals("2026-11-30", proposals.json().get(1).get("proposedOn").asText());
        assertEquals(analysis, proposals.json().get(0).get("sourceId").asText());
        assertEquals(404, get(path, FLOEHA).status());
    }

    @Test
    public void theDemoScenarioOfAllModulesPostsOnlyCataloguedEvents() throws Exception {
        List<EventCatalogue> catalogues = List.of(AgreementEvents.CATALOGUE, CouncilEvents.CATALOGUE,
                FundingEvents.CATALOGUE, TrainingEvents.CATALOGUE, PatrolEvents.CATALOGUE, AnalysisEvents.CATALOGUE);
        for (ServiceReference<DemoData> demo : bundleContext.getServiceReferences(DemoData.class, null)) {
            bundleContext.getService(demo).load(CurrentUser.SYSTEM);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Set<String> modules = Set.of();
        int seen = -1;
        while (System.nanoTime() < deadline && (modules.size() < MODULES.length || seen != EVENTS.size())) {
            seen = EVENTS.size();
            Thread.sleep(500);   // asynchronous delivery: wait until every module was heard and nothing more comes
            modules = EVENTS.stream().map(e -> e.getTopic().split("/")[2]).collect(Collectors.toSet());
        }
        assertEquals(Set.of(MODULES), modules);
        List<String> problems = new ArrayList<>();
        for (Event event : EVENTS) {
            if (catalogues.stream().noneMatch(c -> c.covers(event.getTopic()))) {
                problems.add(event.getTopic() + ": no catalogue covers this module");
            }
            catalogues.forEach(c -> problems.addAll(c.violations(event)));
        }
        Set<String> topics = EVENTS.stream().map(Event::getTopic).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(problems.size() + " events outside the catalogue, e.g. " + problems.stream().limit(10).toList()
                + "\nTopics seen: " + topics, problems.isEmpty());
        assertTrue(topics.toString(), topics.size() >= 20);
    }
}
