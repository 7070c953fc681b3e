package org.asskomm.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.asskomm.analysis.api.AgeGroup;
import org.asskomm.analysis.api.AnalysisStatus;
import org.asskomm.analysis.api.AreaProfile;
import org.asskomm.analysis.api.Channel;
import org.asskomm.analysis.api.CrimeImport;
import org.asskomm.analysis.api.CrimeTableLevel;
import org.asskomm.analysis.api.ResponseDraft;
import org.asskomm.analysis.api.Sex;
import org.asskomm.analysis.api.Survey;
import org.asskomm.analysis.api.SurveyResults;
import org.asskomm.analysis.api.SurveyStatus;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.jupiter.api.Test;

/** The module on the real platform core over H2: demo scenario, mailing with deletion, responses, PKS import. */
class AnalysisFlowTest {

    private final TestPlatform platform = new TestPlatform().enable(AnalysisModule.ID, "14522150");
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private final AnalysisRegistry analyses = new AnalysisRegistry(platform.database, platform.municipalities,
            platform.writes, clock);
    private final SurveyRegistry surveys;
    private final ResponseRegistry responses;
    private final CrimeRegistry crime;
    private final ItemBankRegistry banks;

    AnalysisFlowTest() {
        platform.events.checkAgainst(org.asskomm.analysis.api.AnalysisEvents.CATALOGUE);
        platform.schema(AnalysisModule.ID, AnalysisRegistry.class);
        banks = new ItemBankRegistry(platform.database, platform.writes, clock);
        surveys = new SurveyRegistry(platform.database, platform.writes, banks, clock);
        responses = new ResponseRegistry(platform.database, surveys, platform.writes, platform.enablement, banks);
        crime = new CrimeRegistry(platform.database, platform.municipalities, platform.writes, clock);
    }

    @Test
    void demoThenMailingThenResponses() {
        CurrentUser lpr = TestPlatform.lprAdmin();
        new AnalysisDemo(analyses, surveys, platform.enablement).load(lpr);
        var a = analyses.list(lpr, "14522150", null, new PageRequest(0, 10)).items().get(0);
        assertEquals(AnalysisStatus.RUNNING, a.status());
        Survey s = platform.database.read(c -> SurveyStore.ofAnalysis(c, a.id())).map(id -> surveys.get(lpr, id))
                .orElseThrow();
        assertEquals(SurveyStatus.SAMPLED, s.status());
        assertEquals(400, s.storedPersons());
        String csv = surveys.exportMailingList(lpr, s.id());
        assertEquals(101, csv.split("\r\n").length);
        assertEquals(0, surveys.get(lpr, s.id()).storedPersons());
        assertThrows(ConflictException.class, () -> surveys.exportMailingList(lpr, s.id()));
        String code = csv.split("\r\n")[1].replaceAll(".*,", "");
        responses.respondOnline(s.id(), new ResponseDraft(null, code, AgeGroup.A25_34, Sex.FEMALE,
                Map.of("SAFE_DAY", 4, "SAFE_NIGHT", 2)));
        assertThrows(ConflictException.class, () -> responses.respondOnline(s.id(), new ResponseDraft(null, code,
                null, null, Map.of("SAFE_DAY", 4))));
        responses.respond(lpr, s.id(), new ResponseDraft(Channel.PAPER, null, AgeGroup.A75_PLUS, Sex.MALE,
                Map.of("SAFE_DAY", 5, "FEAR_THEFT", 5, "TRUST_POLICE", 3)));
        SurveyResults r = responses.results(lpr, s.id());
        assertEquals(2, r.responses());
        assertEquals(0.02, r.responseRate());
        assertEquals(4.0, r.index().mean());
        assertNotNull(r.index().lower());
        assertTrue(platform.database.read(c -> Sql.count(c, "SELECT COUNT(*) FROM analysis_access_code WHERE used = TRUE"))
                == 1);
    }

    @Test
    void pksImportRatesAndLineErrors() {
        CurrentUser lpr = TestPlatform.lprAdmin();
        String table = "T01 Grundtabelle - Kreise\nSchlüssel;Straftat;Gemeindeschlüssel;Stadt-/Landkreis;Kreisart;"
                + "erfasste Fälle;HZ nach Zensus;Versuche - Anzahl;aufgeklärte Fälle\n"
                + "------;Straftaten insgesamt;14522;Mittelsachsen;LK;12.345;4.000;1.000;7.000\n"
                + "------;Straftaten insgesamt;14612;Dresden;KS;50.000;9.000;3.000;30.000\n"
                + "------;Straftaten insgesamt;09162;München;KS;99.000;6.000;3.000;30.000\n";
        CrimeImport i = crime.importTable(lpr, CrimeTableLevel.DISTRICT, null, 2023, "BKA PKS 2023 T01",
                "dl-de/by-2-0", "t01.csv", false, table.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, i.rows());
        assertEquals(1, i.skippedRows());
        AreaProfile p = crime.profile(lpr, "14522150", "------", null, null);
        assertEquals(1, p.rows().size());
        assertEquals(12345L, p.rows().get(0).districtCases());
        assertEquals(62345L, p.rows().get(0).saxonyCases());
        assertEquals(CrimeRegistry.rate(12345L, p.districtPopulation()), p.rows().get(0).districtRate());
        assertThrows(ConflictException.class, () -> crime.importTable(lpr, CrimeTableLevel.DISTRICT, null, 2023, "x",
                "y", null, false, table.getBytes(StandardCharsets.UTF_8)));
        String bad = table.replace("14612;Dresden;KS;50.000", "14612;Dresden;KS;5x") + "123;Unbekannt;14522;M;LK;1;;;\n";
        ValidationException e = assertThrows(ValidationException.class, () -> crime.importTable(lpr,
                CrimeTableLevel.DISTRICT, null, 2022, "x", "y", null, false, bad.getBytes(StandardCharsets.UTF_8)));
        List<String> fields = e.errors().stream().map(f -> f.field()).toList();
        assertEquals(List.of("line 4", "line 6"), fields);
    }

    /** The LPR publishes a new item bank version; a running survey keeps its version, a new survey takes the new one. */
    @Test
    void aNewItemBankVersionReachesOnlyNewSurveys() {
        CurrentUser lpr = TestPlatform.lprAdmin();
        new AnalysisDemo(analyses, surveys, platform.enablement).load(lpr);
        var first = analyses.list(lpr, "14522150", null, new PageRequest(0, 10)).items().get(0);
        Survey running = platform.database.read(c -> SurveyStore.ofAnalysis(c, first.id()))
                .map(id -> surveys.get(lpr, id)).orElseThrow();
        assertEquals("2026-1", running.itemBank());

        List<org.asskomm.analysis.api.SurveyItem> items = new java.util.ArrayList<>(ItemBank.ITEMS);
        items.add(new org.asskomm.analysis.api.SurveyItem("INCIVILITY_LIGHTS", "Ordnungsstörungen",
                "Defekte Straßenbeleuchtung (1 großes Problem ... 5 kein Problem)", false));
        var draft = new org.asskomm.analysis.api.ItemBankDraft("Straßenbeleuchtung ergänzt", items);
        assertThrows(org.asskomm.platform.api.error.AccessDeniedException.class,
                () -> banks.publish(TestPlatform.municipalUser("14522150"), draft));
        ValidationException bad = assertThrows(ValidationException.class, () -> banks.publish(lpr,
                new org.asskomm.analysis.api.ItemBankDraft(null, List.of(items.get(0), items.get(0)))));
        assertTrue(bad.getMessage().contains("items[1].key"), bad.getMessage());
        var published = banks.publish(lpr, draft);
        assertEquals("2026-2", published.version());
        assertEquals("2026-2", banks.current().version());
        assertEquals(13, banks.version("2026-2").items().size());
        assertEquals(List.of("2026-1", "2026-2"), banks.versions().stream().map(v -> v.version()).toList());
        assertEquals("2026-3", banks.publish(lpr, draft).version());

        ValidationException old = assertThrows(ValidationException.class, () -> responses.respond(lpr, running.id(),
                new ResponseDraft(Channel.PAPER, null, null, null, Map.of("INCIVILITY_LIGHTS", 2))));
        assertTrue(old.getMessage().contains("INCIVILITY_LIGHTS"), old.getMessage());
        var second = analyses.create(lpr, new org.asskomm.analysis.api.AnalysisDraft("14522150", "Zweite Analyse",
                null, java.time.LocalDate.of(2026, 7, 1)));
        assertEquals("2026-3", surveys.create(lpr, second.id()).itemBank());
    }
}
