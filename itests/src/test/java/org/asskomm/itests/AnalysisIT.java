package org.asskomm.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.audit.AuditEntry;
import org.asskomm.platform.api.audit.AuditLog;
import org.asskomm.platform.api.audit.AuditQuery;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.Sql;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The safety analysis end to end over HTTP: an analysis with its phases; the PKS district table imported (a
 * malformed one refused with its line numbers) and rates checked against hand-computed ones; a register extract of
 * 10,000, a stratified sample of 1,000 drawn reproducibly; the mailing list exported and the personal data gone
 * from the database; 300 responses on paper and online with the index and its interval checked against an
 * independent computation. All data is synthetic.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AnalysisIT extends AsskommTestSupport {

    private static final String ROOT = "/api/v1/analysis";
    private static final String AGS = "14522150";

    @Inject
    private Database database;
    @Inject
    private AuditLog audit;

    @Configuration
    public Option[] config() {
        return baseOptions();
    }

    @Before
    public void moduleIsInstalled() throws Exception {
        awaitStatus("/api/v1/health", 200, Duration.ofSeconds(180));
        installIfMissing("asskomm-analysis");
        // each resource comes up when its services are there: wait for all three
        for (String resource : List.of("/analyses", "/area-profile/indicators", "/surveys/items")) {
            awaitStatus(ROOT + resource, 200, Duration.ofSeconds(60));
        }
        enable("analysis", AGS);
    }

    private String analysis(String title) {
        Answer a = post(ROOT + "/analyses", FRANKENBERG, Map.of("municipality", AGS, "title", title,
                "responsible", "Koordinierungsstelle", "plannedStart", "2026-03-02"));
        assertEquals(a.body(), 201, a.status());
        return a.get("id").asText();
    }

    /**
     * The LPR publishes a new version of the item bank (numbered on from the year's latest), a municipality may not,
     * a bad item is refused naming its field in German; new surveys take the new version. The new version keeps
     * every item of the current one, so the other tests' questionnaires stay valid whatever the order.
     */
    @Test
    public void theLprPublishesAnItemBankVersion() {
        JsonNode current = get(ROOT + "/item-bank", VIEWER).json();
        List<Object> items = new ArrayList<>();
        current.get("items").forEach(items::add);
        items.add(Map.of("key", "INCIVILITY_LIGHTS", "group", "Ordnungsstörungen", "text",
                "Defekte Straßenbeleuchtung (1 großes Problem ... 5 kein Problem)", "index", false));
        Map<String, Object> draft = Map.of("note", "Straßenbeleuchtung ergänzt", "items", items);
        assertEquals(403, post(ROOT + "/item-bank/versions", FRANKENBERG, draft).status());
        Answer bad = post(ROOT + "/item-bank/versions", ADMIN, Map.of("items", List.of(items.get(0), items.get(0))));
        assertEquals(bad.body(), 400, bad.status());
        assertEquals("items[1].key", bad.get("errors").get(0).get("field").asText());
        assertTrue(bad.body(), bad.body().contains("zweimal"));

        Answer published = post(ROOT + "/item-bank/versions", ADMIN, draft);
        assertEquals(published.body(), 201, published.status());
        String version = published.get("version").asText();
        String[] previous = current.get("version").asText().split("-");
        int year = java.time.Year.now().getValue();
        assertEquals(year + "-" + (Integer.parseInt(previous[0]) == year ? Integer.parseInt(previous[1]) + 1 : 1),
                version);
        assertEquals(version, get(ROOT + "/item-bank", FLOEHA).get("version").asText());
        assertEquals(items.size(), get(ROOT + "/item-bank/versions/" + version, VIEWER).get("items").size());
        assertEquals(404, get(ROOT + "/item-bank/versions/1999-1", VIEWER).status());

        String analysis = analysis("Befragung mit neuem Katalog");
        Answer survey = post(ROOT + "/analyses/" + analysis + "/survey", FRANKENBERG, null);
        assertEquals(survey.body(), version, survey.get("itemBank").asText());
    }

    @Test
    public void projectWithPhasesAndRights() {
        String id = analysis("Sicherheitsanalyse 2026");
        Answer a = get(ROOT + "/analyses/" + id, VIEWER);
        assertEquals(200, a.status());
        assertEquals(6, a.get("phases").size());
        assertEquals("2026-07-19", a.get("phases").get(5).get("plannedEnd").asText());   // 20 weeks
        assertEquals("PREPARATION", a.get("currentPhase").asText());
        assertEquals(404, get(ROOT + "/analyses/" + id, FLOEHA).status());
        assertEquals(403, post(ROOT + "/analyses", FLOEHA, Map.of("municipality", AGS, "title", "x")).status());
        assertEquals(403, post(ROOT + "/analyses", VIEWER, Map.of("municipality", AGS, "title", "x")).status());
        Answer bad = post(ROOT + "/analyses", FRANKENBERG, Map.of("municipality", "99999999", "title", " "));
        assertEquals(400, bad.status());
        assertTrue(bad.body(), bad.body().contains("\"municipality\"") && bad.body().contains("\"title\""));

        Map<String, Object> done = new HashMap<>(Map.of("status", "DONE", "actualStart", "2026-03-02",
                "actualEnd", "2026-03-13", "responsible", "Frau Beispiel", "version", a.get("version").asInt()));
        Answer changed = put(ROOT + "/analyses/" + id + "/phases/PREPARATION", FRANKENBERG, done);
        assertEquals(changed.body(), 200, changed.status());
        assertEquals("RUNNING", changed.get("status").asText());
        assertEquals("AREA_PROFILE", changed.get("currentPhase").asText());
        assertEquals(409, put(ROOT + "/analyses/" + id + "/phases/PREPARATION", FRANKENBERG, done).status());
        assertEquals(400, put(ROOT + "/analyses/" + id + "/phases/NOPE", FRANKENBERG, done).status());
        assertEquals(404, put(ROOT + "/analyses/" + id + "/phases/SURVEY", FLOEHA, done).status());
    }

    @Test
    public void pksImportRatesAndTimeSeries() {
        Map<String, Long> municipalPopulation = new HashMap<>();
        Map<String, Long> districtPopulation = new TreeMap<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = get("/api/v1/municipalities?limit=500&offset=" + offset, ADMIN).json();
            for (JsonNode m : page.get("items")) {
                String ags = m.get("ags").asText();
                if (ags.startsWith("14")) {
                    municipalPopulation.put(ags, m.get("population").asLong());
                    districtPopulation.merge(ags.substring(0, 5), m.get("population").asLong(), Long::sum);
                }
            }
            if (offset + 500 >= page.get("total").asLong()) {
                break;
            }
        }
        List<String> districts = new ArrayList<>(districtPopulation.keySet());
        String query = "?level=DISTRICT&year=2023&fileName=KR-F-01-T01-Kreise-Faelle.csv"
                + "&source=BKA+PKS+2023+T01+(synthetisch)&licence=dl-de/by-2-0";

        // malformed: an unknown key (line 3), a bad number (5), a duplicate (6), attempts > cases (7), unknown district (8)
        String header = AnalysisFiles.T01_HEADER + "\n";
        String malformed = "Titelzeile\n" + header + AnalysisFiles.row("12A456", "14522", 5)
                + AnalysisFiles.row("------", "14522", 900) + AnalysisFiles.row("674000", "14522", 5).replace(";5;", ";5x;")
                + AnalysisFiles.row("------", "14522", 900) + AnalysisFiles.row("435*00", "14522", 9).replaceFirst(";9;1.234,5;0;", ";9;1.234,5;10;") + AnalysisFiles.row("------", "14999", 1);
        Answer refused = send("POST", ROOT + "/area-profile/imports" + query, ADMIN, malformed, "text/csv");
        assertEquals(refused.body(), 400, refused.status());
        assertTrue(refused.contentType(), refused.contentType().startsWith("application/problem+json"));
        Set<String> lines = new TreeSet<>();
        refused.get("errors").forEach(e -> lines.add(e.get("field").asText()));
        assertEquals(refused.body(), new TreeSet<>(List.of("line 3", "line 5", "line 6", "line 7", "line 8")), lines);

        assertEquals(403, send("POST", ROOT + "/area-profile/imports" + query, FRANKENBERG,
                AnalysisFiles.t01(districts, 2023), "text/csv").status());
        Answer imported = send("POST", ROOT + "/area-profile/imports" + query, ADMIN, AnalysisFiles.t01(districts, 2023),
                "text/csv");
        assertEquals(imported.body(), 201, imported.status());
        assertEquals(3 * districts.size(), imported.get("rows").asInt());
        assertEquals(3, imported.get("skippedRows").asInt());
        assertEquals("dl-de/by-2-0", imported.get("licence").asText());
        assertEquals(409, send("POST", ROOT + "/area-profile/imports" + query, ADMIN,
                AnalysisFiles.t01(districts, 2023), "text/csv").status());
        Answer replaced = send("POST", ROOT + "/area-profile/imports" + query + "&replace=true", ADMIN,
                AnalysisFiles.t01(districts, 2023), "text/csv");
        assertEquals(replaced.body(), 201, replaced.status());
        assertEquals(2, get(ROOT + "/area-profile/imports?level=DISTRICT&year=2023", VIEWER).get("total").asInt());

        Map<Integer, Long> ownTotals = Map.of(2022, 790L, 2023, 812L);
        for (Map.Entry<Integer, Long> y : ownTotals.entrySet()) {
            Answer own = send("POST", ROOT + "/area-profile/imports?level=MUNICIPALITY&municipality=" + AGS + "&year="
                    + y.getKey() + "&source=PD+Chemnitz+(synthetisch)&licence=intern", FRANKENBERG,
                    AnalysisFiles.municipalTable(AGS, Map.of("------", y.getValue(), "435*00", 9L)), "text/csv");
            assertEquals(own.body(), 201, own.status());
        }
        assertEquals(403, send("POST", ROOT + "/area-profile/imports?level=MUNICIPALITY&municipality=" + AGS
                + "&year=2021&source=x&licence=y", FLOEHA, AnalysisFiles.municipalTable(AGS, Map.of("------", 1L)),
                "text/csv").status());

        JsonNode profile = get(ROOT + "/area-profile/municipalities/" + AGS + "?offence=------", FRANKENBERG).json();
        assertEquals(2, profile.get("rows").size());
        JsonNode y2022 = profile.get("rows").get(0);
        JsonNode y2023 = profile.get("rows").get(1);
        assertEquals(2022, y2022.get("year").asInt());
        assertTrue(y2022.path("districtCases").isNull() || y2022.path("districtCases").isMissingNode());
        long population = municipalPopulation.get(AGS);
        assertRate(AnalysisFiles.rate(790, population), y2022.get("municipalityRate"));
        assertRate(AnalysisFiles.rate(812, population), y2023.get("municipalityRate"));
        int mittelsachsen = districts.indexOf("14522");
        long districtCases = AnalysisFiles.districtCases(mittelsachsen, "------");
        assertEquals(districtCases, y2023.get("districtCases").asLong());
        assertRate(AnalysisFiles.rate(districtCases, districtPopulation.get("14522")), y2023.get("districtRate"));
        long saxonyCases = 0;
        for (int i = 0; i < districts.size(); i++) {
            saxonyCases += AnalysisFiles.districtCases(i, "------");
        }
        long saxonyPopulation = districtPopulation.values().stream().mapToLong(Long::longValue).sum();
        assertEquals(saxonyCases, y2023.get("saxonyCases").asLong());
        assertRate(AnalysisFiles.rate(saxonyCases, saxonyPopulation), y2023.get("saxonyRate"));
        assertEquals(saxonyPopulation, profile.get("saxonyPopulation").asLong());
        assertEquals(3, get(ROOT + "/area-profile/municipalities/" + AGS + "?from=2023", FRANKENBERG).get("rows")
                .size());
        assertEquals(404, get(ROOT + "/area-profile/municipalities/" + AGS, FLOEHA).status());
        assertEquals(400, get(ROOT + "/area-profile/municipalities/" + AGS + "?offence=x';--", FRANKENBERG).status());
    }

    private static void assertRate(BigDecimal expected, JsonNode actual) {
        assertTrue("expected " + expected + ", got " + actual, actual != null && actual.isNumber()
                && expected.compareTo(actual.decimalValue()) == 0);
    }

    @Test
    public void regulatoryOffencesAndSocialIndicators() {
        String path = ROOT + "/area-profile/indicators/import?municipality=" + AGS + "&kind=REGULATORY_OFFENCE"
                + "&source=Ordnungsamt+(synthetisch)";
        Answer refused = send("POST", path, FRANKENBERG, "Indikator;Einheit;Jahr;Wert\nLärm;Fälle;2023;12\n"
                + "Lärm;Fälle;20x3;1\nParken;Fälle;2023;1,234\nLärm;Fälle;2023;3\n", "text/csv");
        assertEquals(refused.body(), 400, refused.status());
        Set<String> lines = new TreeSet<>();
        refused.get("errors").forEach(e -> lines.add(e.get("field").asText()));
        assertEquals(refused.body(), Set.of("line 3", "line 4", "line 5"), lines);
        Answer imported = send("POST", path, FRANKENBERG, "Indikator;Einheit;Jahr;Wert\nLärm;Fälle;2023;12\n"
                + "Lärm;Fälle;2024;1.017\nFalschparken;Fälle;2024;310,5\n", "text/csv");
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(2, imported.json().size());
        assertEquals(403, send("POST", path, FLOEHA, "Indikator;Einheit;Jahr;Wert\nX;Fälle;2023;1\n", "text/csv")
                .status());
        Answer entered = post(ROOT + "/area-profile/indicators", FRANKENBERG, Map.of("municipality", AGS, "kind",
                "REGULATORY_OFFENCE", "name", "Lärm", "unit", "Fälle", "source", "Ordnungsamt",
                "values", List.of(Map.of("year", 2025, "value", 20))));
        assertEquals(entered.body(), 201, entered.status());
        assertEquals(3, entered.get("values").size());
        assertEquals(1017, entered.get("values").get(1).get("value").asInt());
        assertEquals(400, post(ROOT + "/area-profile/indicators", FRANKENBERG, Map.of("municipality", AGS, "kind",
                "SOCIAL", "name", "x", "unit", "%", "source", "y", "values", List.of(Map.of("year", 1800)))).status());
        assertTrue(get(ROOT + "/area-profile/indicators?municipality=" + AGS, VIEWER).get("total").asInt() >= 2);
        assertEquals(0, get(ROOT + "/area-profile/indicators?municipality=" + AGS, FLOEHA).get("total").asInt());
    }

    @Test
    public void surveyFromRegisterToIndex() throws Exception {
        String analysis = analysis("Bürgerbefragung 2026");
        Answer survey = post(ROOT + "/analyses/" + analysis + "/survey", FRANKENBERG, null);
        assertEquals(survey.body(), 201, survey.status());
        String id = survey.get("id").asText();
        String base = ROOT + "/surveys/" + id;
        assertEquals(409, post(ROOT + "/analyses/" + analysis + "/survey", FRANKENBERG, null).status());

        Answer badRegister = send("POST", base + "/register", FRANKENBERG, "Name;Vorname;Straße;PLZ;Ort;Geburtsjahr;"
                + "Geschlecht\nA;B;C;0966;D;1980;m\nA;B;C;09669;D;2020;x\n", "text/csv");
        assertEquals(400, badRegister.status());
        assertTrue(badRegister.body(), badRegister.body().contains("line 2") && badRegister.body().contains("line 3"));

        StringBuilder csv = new StringBuilder();
        List<AnalysisFiles.Person> persons = AnalysisFiles.register(10_000, survey.get("referenceYear").asInt(), csv);
        assertEquals(403, send("POST", base + "/register", VIEWER, csv.toString(), "text/csv").status());
        Answer uploaded = send("POST", base + "/register", FRANKENBERG, csv.toString(), "text/csv");
        assertEquals(uploaded.body(), 200, uploaded.status());
        assertEquals(10_000, uploaded.get("registerRows").asInt());

        List<Integer> first = sample(base, 4711L, uploaded.get("version").asInt());
        int version = get(base, FRANKENBERG).get("version").asInt();
        List<Integer> other = sample(base, 99L, version);
        List<Integer> again = sample(base, 4711L, version + 1);
        assertEquals(1_000, first.size());
        assertNotEquals(first, other);
        assertEquals("same seed, same sample", first, again);
        Map<String, Integer> population = new HashMap<>();
        Map<String, Integer> sampled = new HashMap<>();
        for (AnalysisFiles.Person p : persons) {
            population.merge(p.ageGroup() + "/" + p.sex(), 1, Integer::sum);
        }
        for (Integer line : first) {
            AnalysisFiles.Person p = persons.get(line - 1);
            sampled.merge(p.ageGroup() + "/" + p.sex(), 1, Integer::sum);
        }
        for (Map.Entry<String, Integer> cell : population.entrySet()) {
            double populationShare = cell.getValue() / 10_000.0;
            double sampleShare = sampled.getOrDefault(cell.getKey(), 0) / 1_000.0;
            assertEquals(cell.getKey(), populationShare, sampleShare, 0.01);
        }

        assertEquals(403, post(base + "/mailing-list", VIEWER, null).status());
        Answer mailing = post(base + "/mailing-list", FRANKENBERG, null);
        assertEquals(mailing.body(), 200, mailing.status());
        assertTrue(mailing.contentType().startsWith("text/csv"));
        String[] letters = mailing.body().split("\r\n");
        assertEquals(1_001, letters.length);
        assertEquals(409, post(base + "/mailing-list", FRANKENBERG, null).status());
        personalDataIsGone(id);

        List<String> codes = new ArrayList<>();
        for (int i = 1; i < letters.length; i++) {
            codes.add(letters[i].substring(letters[i].lastIndexOf(',') + 1));
        }
        Random random = new Random(300);
        List<Map<String, Integer>> all = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            AnalysisFiles.Person like = persons.get(random.nextInt(persons.size()));
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (String item : List.of("SAFE_DAY", "SAFE_NIGHT", "FEAR_BURGLARY", "FEAR_ASSAULT", "FEAR_THEFT",
                    "INCIVILITY_LITTER", "TRUST_POLICE")) {
                if (random.nextDouble() < 0.9) {
                    answers.put(item, 1 + Math.min(4, (int) Math.abs(random.nextGaussian() * 1.3
                            + (like.ageGroup().equals("A75_PLUS") ? 0.5 : 1.8))));
                }
            }
            Map<String, Object> body = new HashMap<>(Map.of("ageGroup", like.ageGroup(), "sex", like.sex(),
                    "answers", answers));
            Answer r;
            if (i < 200) {
                body.put("code", codes.get(i));
                r = post(ROOT + "/online/surveys/" + id + "/responses", null, body);
            } else {
                body.put("channel", "PAPER");
                r = post(base + "/responses", FRANKENBERG, body);
            }
            assertEquals(r.body(), 201, r.status());
            all.add(answers);
            cells.add(like.ageGroup() + "/" + like.sex());
        }
        Map<String, Object> reuse = Map.of("code", codes.get(0), "answers", Map.of("SAFE_DAY", 3));
        assertEquals(409, post(ROOT + "/online/surveys/" + id + "/responses", null, reuse).status());
        assertEquals(400, post(ROOT + "/online/surveys/" + id + "/responses", null,
                Map.of("code", "AAAAAAAAAA", "answers", Map.of("SAFE_DAY", 3))).status());
        assertEquals(400, post(ROOT + "/online/surveys/" + id + "/responses", null,
                Map.of("code", codes.get(250), "answers", Map.of("SAFE_DAY", 9))).status());
        assertEquals(403, post(base + "/responses", VIEWER, Map.of("channel", "PAPER", "answers",
                Map.of("SAFE_DAY", 3))).status());

        JsonNode results = get(base + "/results", VIEWER).json();
        assertEquals(300, results.get("responses").asInt());
        assertEquals(100, results.get("paper").asInt());
        assertEquals(0.3, results.get("responseRate").asDouble(), 1e-9);
        AnalysisFiles.checkIndex(results.get("index"), all, cells, population);
        anonymity(id);
        JsonNode comparison = get(ROOT + "/surveys/comparison", FRANKENBERG).json();
        assertTrue(comparison.toString(), comparison.get("municipalities").size() >= 1);
        assertEquals(0, get(ROOT + "/surveys/comparison", FLOEHA).get("municipalities").size());
        assertTrue(get(ROOT + "/surveys/comparison", FLOEHA).get("allMunicipalities").get("respondents").asInt() >= 300);
        prioritiesAndReport(analysis, all);
    }

    /** Problems ranked by prevalence (answers 1 or 2) x severity, recomputed here; published; the report rendered. */
    private void prioritiesAndReport(String analysis, List<Map<String, Integer>> answers) throws Exception {
        Map<String, Integer> severity = Map.of("FEAR_BURGLARY", 3, "FEAR_ASSAULT", 3, "FEAR_THEFT", 2,
                "SAFE_NIGHT", 2, "INCIVILITY_LITTER", 1);
        Map<String, Double> expected = new HashMap<>();
        severity.forEach((item, weight) -> {
            long answered = answers.stream().filter(a -> a.containsKey(item)).count();
            long bad = answers.stream().filter(a -> a.containsKey(item) && a.get(item) <= 2).count();
            expected.put(item, (double) bad / answered * weight);
        });
        JsonNode ranking = get(ROOT + "/analyses/" + analysis + "/recommendations", VIEWER).get("ranking");
        assertEquals(ranking.toString(), severity.size(), ranking.size());
        double previous = Double.MAX_VALUE;
        for (JsonNode r : ranking) {
            double score = r.get("score").asDouble();
            assertEquals(r.toString(), expected.get(r.get("item").asText()), score, 2e-4);
            assertTrue("ranked by score: " + ranking, score <= previous);
            previous = score;
        }

        List<Event> published = new CopyOnWriteArrayList<>();
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(EventConstants.EVENT_TOPIC, "org/asskomm/analysis/Analysis/ACTION_FIELDS_PUBLISHED");
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, published::add,
                props);
        try {
            int version = get(ROOT + "/analyses/" + analysis, FRANKENBERG).get("version").asInt();
            assertEquals(403, post(ROOT + "/analyses/" + analysis + "/recommendations/publish", VIEWER,
                    Map.of("top", 3, "version", version)).status());
            Answer p = post(ROOT + "/analyses/" + analysis + "/recommendations/publish", FRANKENBERG,
                    Map.of("top", 3, "version", version));
            assertEquals(p.body(), 200, p.status());
            assertEquals(3, p.get("publishedActionFields").size());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (published.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertEquals(1, published.size());
            assertEquals(AGS, published.get(0).getProperty("municipality"));
            String[] fields = (String[]) published.get(0).getProperty("actionFields");
            assertEquals(ranking.get(0).get("title").asText(), fields[0]);
        } finally {
            listener.unregister();
        }

        JsonNode summaries = get(ROOT + "/public/summaries?municipality=" + AGS + "&limit=500", null).json();
        boolean found = false;
        for (JsonNode s : summaries.get("items")) {
            if (s.get("actionFields").size() == 3) {
                found = true;
                assertTrue(s.toString(), s.get("index").isNumber() && !s.has("title"));
            }
        }
        assertTrue("public summary with the published action fields: " + summaries, found);

        Answer pdf = send("GET", ROOT + "/analyses/" + analysis + "/report/pdf", FRANKENBERG, null, null);
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
        assertTrue(pdf.body().startsWith("%PDF-"));
        Answer html = get(ROOT + "/analyses/" + analysis + "/report", VIEWER);
        assertEquals(200, html.status());
        assertTrue(html.body(), html.body().contains("Sicherheitsindex") && html.body().contains("Handlungsfelder"));
        assertReportCharts(html.body(), ranking);
        assertTrue("bars in the PDF", pdf.body().contains(" re f"));
        assertEquals(404, get(ROOT + "/analyses/" + analysis + "/report/pdf", FLOEHA).status());
    }

    /**
     * The HTML report: German for its reader (the municipality by name, no enum code in the visible text) and a chart
     * per figure group; the priorities chart has one bar per ranked problem, as long as its score allows.
     */
    private static void assertReportCharts(String html, JsonNode ranking) {
        assertTrue(html, html.contains("Sicherheitsanalyse Frankenberg/Sa."));
        String visible = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ");
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("\\b[A-Z]{4,}(_[A-Z]+)*\\b").matcher(visible);
        boolean found = code.find();
        assertFalse("an enum code in the report: " + (found ? code.group() : ""), found);
        String[] charts = html.split("<svg ");
        assertTrue("charts for the profile, the survey and the priorities", charts.length - 1 >= 2);
        java.util.regex.Matcher bars = java.util.regex.Pattern.compile("class=\"bar\"[^>]* width=\"(\\d+)\"")
                .matcher(charts[charts.length - 1]);
        List<Integer> widths = new java.util.ArrayList<>();
        while (bars.find()) {
            widths.add(Integer.parseInt(bars.group(1)));
        }
        assertEquals(ranking.size(), widths.size());
        double top = ranking.get(0).get("score").asDouble();
        for (int i = 0; i < widths.size(); i++) {
            assertEquals("bar " + i, widths.get(0) * ranking.get(i).get("score").asDouble() / top, widths.get(i), 1.0);
        }
    }

    private List<Integer> sample(String base, long seed, int version) {
        Answer s = post(base + "/sample", FRANKENBERG, Map.of("seed", seed, "sampleSize", 1_000, "stratified", true,
                "version", version));
        assertEquals(s.body(), 200, s.status());
        List<Integer> lines = new ArrayList<>();
        s.get("registerLines").forEach(n -> lines.add(n.asInt()));
        return lines;
    }

    private void personalDataIsGone(String surveyId) {
        assertEquals(0L, (long) database.read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM analysis_register_person WHERE survey_id = ?", surveyId)));
        assertEquals(1_000L, (long) database.read(c -> Sql.count(c,
                "SELECT COUNT(*) FROM analysis_access_code WHERE survey_id = ?", surveyId)));
        List<AuditEntry> deletion = audit.search(new AuditQuery("analysis", null, AGS,
                "MAILING_EXPORTED_PERSONAL_DATA_DELETED", surveyId, null, null), new PageRequest(0, 10)).items();
        assertEquals(1, deletion.size());
        assertTrue(deletion.get(0).after(), deletion.get(0).after().matches("(?s).*\"storedPersons\"\\s*:\\s*0\\b.*"));
        assertTrue(deletion.get(0).before(), deletion.get(0).before()
                .matches("(?s).*\"storedPersons\"\\s*:\\s*10000\\b.*"));
    }

    /** Neither responses nor codes have a column that could name a person, a register line or a code. */
    private void anonymity(String surveyId) {
        assertEquals(Set.of("id", "survey_id", "channel", "age_group", "sex"), columns("analysis_response"));
        assertEquals(Set.of("survey_id", "code_hash", "used"), columns("analysis_access_code"));
        assertEquals(Set.of("response_id", "item", "score"), columns("analysis_answer"));
        // the only join there is goes through the survey, which every response of it shares
        long joined = database.read(c -> Sql.count(c, "SELECT COUNT(*) FROM analysis_response r JOIN"
                + " analysis_access_code a ON a.survey_id = r.survey_id WHERE r.survey_id = ?", surveyId));
        assertEquals(300L * 1_000L, joined);
    }

    private Set<String> columns(String table) {
        List<String> names = database.read(c -> Sql.query(c, "SELECT LOWER(column_name) FROM"
                + " information_schema.columns WHERE LOWER(table_name) = ?", rs -> rs.getString(1), table));
        return new TreeSet<>(names);
    }

}
