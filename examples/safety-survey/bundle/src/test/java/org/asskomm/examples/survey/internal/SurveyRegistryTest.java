package org.asskomm.examples.survey.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.asskomm.examples.survey.api.PhaseChange;
import org.asskomm.examples.survey.api.ResponseDraft;
import org.asskomm.examples.survey.api.SafetyIndex;
import org.asskomm.examples.survey.api.Survey;
import org.asskomm.examples.survey.api.SurveyDraft;
import org.asskomm.examples.survey.api.SurveyPhase;
import org.asskomm.examples.survey.api.SurveyService;
import org.asskomm.examples.survey.api.YearComparison;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.PageRequest;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ModuleNotEnabledException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.persistence.Sql;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;

/** The survey rules on the real platform core over in-memory H2. */
public class SurveyRegistryTest {

    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
    static final CurrentUser LPR = TestPlatform.lprAdmin();

    private TestPlatform platform;
    private SurveyRegistry surveys;

    @Before
    public void setUp() {
        platform = new TestPlatform().enable(SurveyModule.ID, FRANKENBERG, FLOEHA);
        surveys = new SurveyRegistry(platform.database, platform.schema(SurveyModule.ID, SurveyRegistry.class),
                platform.municipalities, platform.writes,
                Clock.fixed(LocalDate.of(2025, 12, 1).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant(),
                        ZoneId.of("Europe/Berlin")));
    }

    /** Kick-off in June, through every phase, to the report with its event. */
    @Test
    public void aSurveyRunsFromKickOffToReport() {
        Survey s = surveys.kickOff(TestPlatform.municipalUser(FRANKENBERG),
                new SurveyDraft(FRANKENBERG, 2025, LocalDate.of(2025, 6, 2)));
        assertEquals(SurveyPhase.KICK_OFF, s.phase());
        assertEquals(LocalDate.of(2025, 10, 20), s.plannedReportOn());
        s = run(s, FRANKENBERG, List.of(List.of(4, 5), Arrays.asList(3, null, 4), List.of(5, 5, 5, 5), List.of(2, 3)));
        assertEquals(SurveyPhase.REPORT, s.phase());
        assertEquals(6, s.phases().size());
        assertEquals(4, s.responses());
        SafetyIndex index = surveys.index(TestPlatform.municipalUser(FRANKENBERG), s.id());
        assertEquals(3.875, index.mean(), 1e-4);
        assertEquals(2.1109, index.lower(), 1e-4);
        var reports = platform.events.topic(SurveyService.REPORT_COMPLETED_TOPIC);
        assertEquals(1, reports.size());
        assertEquals(FRANKENBERG, reports.get(0).getProperty("municipality"));
        assertEquals(3.875, (Double) reports.get(0).getProperty("index"), 1e-4);
        assertEquals(5, platform.events.topic("org/asskomm/survey/Survey/PHASE_CHANGED").size());
    }

    @Test
    public void phasesMoveOnlyForwardOneAtATime() {
        Survey s = surveys.kickOff(LPR, new SurveyDraft(FRANKENBERG, 2025, LocalDate.of(2025, 6, 2)));
        ConflictException skip = assertThrows(ConflictException.class, () -> surveys.advance(LPR, s.id(),
                new PhaseChange(SurveyPhase.QUESTIONNAIRES_OUT, LocalDate.of(2025, 6, 9), null, s.version())));
        assertTrue(skip.getMessage(), skip.getMessage().contains("KICK_OFF") && skip.getMessage().contains("QUESTIONNAIRES_OUT"));
        ValidationException noSample = assertThrows(ValidationException.class, () -> surveys.advance(LPR, s.id(),
                new PhaseChange(SurveyPhase.SAMPLE_DRAWN, LocalDate.of(2025, 6, 9), null, s.version())));
        assertEquals("sampleSize", noSample.errors().get(0).field());
        assertThrows(ValidationException.class, () -> surveys.advance(LPR, s.id(),
                new PhaseChange(SurveyPhase.SAMPLE_DRAWN, LocalDate.of(2025, 5, 1), 500, s.version())));
        Survey drawn = surveys.advance(LPR, s.id(), new PhaseChange(SurveyPhase.SAMPLE_DRAWN, LocalDate.of(2025, 6, 9), 500, s.version()));
        assertThrows(ConflictException.class, () -> surveys.advance(LPR, s.id(),
                new PhaseChange(SurveyPhase.QUESTIONNAIRES_OUT, LocalDate.of(2025, 6, 16), null, s.version())));
        surveys.advance(LPR, s.id(), new PhaseChange(SurveyPhase.QUESTIONNAIRES_OUT, LocalDate.of(2025, 6, 16), null, drawn.version()));
        assertThrows(ConflictException.class, () -> surveys.kickOff(LPR,
                new SurveyDraft(FRANKENBERG, 2025, LocalDate.of(2025, 7, 1))));
    }

    @Test
    public void returnsAreEnteredOnlyWhileOutAndNeverMoreThanSent() {
        Survey s = surveys.kickOff(LPR, new SurveyDraft(FRANKENBERG, 2025, LocalDate.of(2025, 6, 2)));
        assertThrows(ConflictException.class, () -> surveys.addResponse(LPR, s.id(), new ResponseDraft(List.of(3))));
        Survey drawn = surveys.advance(LPR, s.id(), new PhaseChange(SurveyPhase.SAMPLE_DRAWN, null, 2, s.version()));
        Survey out = surveys.advance(LPR, s.id(), new PhaseChange(SurveyPhase.QUESTIONNAIRES_OUT, null, null, drawn.version()));
        assertEquals(1, surveys.addResponse(LPR, s.id(), new ResponseDraft(List.of(3))));
        ConflictException tooFew = assertThrows(ConflictException.class, () -> surveys.advance(LPR, s.id(),
                new PhaseChange(SurveyPhase.RETURNS_ENTERED, null, null, out.version())));
        assertTrue(tooFew.getMessage().contains("at least 2"));
        assertEquals(2, surveys.addResponse(LPR, s.id(), new ResponseDraft(List.of(4))));
        assertThrows(ConflictException.class, () -> surveys.addResponse(LPR, s.id(), new ResponseDraft(List.of(5))));
        ValidationException bad = assertThrows(ValidationException.class, () -> surveys.addResponse(LPR, s.id(),
                new ResponseDraft(Arrays.asList(3, 6, null))));
        assertEquals("scores[1]", bad.errors().get(0).field());
        assertThrows(ValidationException.class, () -> surveys.addResponse(LPR, s.id(),
                new ResponseDraft(Arrays.asList(null, null))));
    }

    @Test
    public void responsesCarryNothingButScores() throws Exception {
        Survey s = surveys.kickOff(LPR, new SurveyDraft(FRANKENBERG, 2025, LocalDate.of(2025, 6, 2)));
        Survey drawn = surveys.advance(LPR, s.id(), new PhaseChange(SurveyPhase.SAMPLE_DRAWN, null, 10, s.version()));
        surveys.advance(LPR, s.id(), new PhaseChange(SurveyPhase.QUESTIONNAIRES_OUT, null, null, drawn.version()));
        surveys.addResponse(TestPlatform.municipalUser(FRANKENBERG), s.id(), new ResponseDraft(List.of(2, 4)));
        List<String> columns = platform.database.inTransaction(c -> {
            List<String> names = new ArrayList<>();
            for (String table : List.of("SURVEY_RESPONSE", "SURVEY_ANSWER")) {
                names.addAll(Sql.query(c, "SELECT column_name FROM information_schema.columns WHERE UPPER(table_name) = ?"
                        + " ORDER BY column_name", rs -> rs.getString(1).toLowerCase(), table));
            }
            return names;
        });
        assertEquals(List.of("id", "survey_id", "item_no", "response_id", "score"), columns);
    }

    @Test
    public void concurrentReturnsNeverExceedTheQuestionnairesSent() throws Exception {
        Survey s = surveys.kickOff(LPR, new SurveyDraft(FRANKENBERG, 2025, LocalDate.of(2025, 6, 2)));
        Survey drawn = surveys.advance(LPR, s.id(), new PhaseChange(SurveyPhase.SAMPLE_DRAWN, null, 5, s.version()));
        surveys.advance(LPR, s.id(), new PhaseChange(SurveyPhase.QUESTIONNAIRES_OUT, null, null, drawn.version()));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> tries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            tries.add(pool.submit(() -> surveys.addResponse(LPR, s.id(), new ResponseDraft(List.of(3)))));
        }
        int accepted = 0;
        for (Future<?> f : tries) {
            try {
                f.get();
                accepted++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertTrue(e.getCause().toString(), e.getCause() instanceof ConflictException);
            }
        }
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        assertEquals(5, accepted);
        assertEquals(5, surveys.get(LPR, s.id()).responses());
    }

    @Test
    public void municipalitiesCompareOverYearsAgainstTheStateWideIndex() {
        run(surveys.kickOff(LPR, new SurveyDraft(FRANKENBERG, 2024, LocalDate.of(2024, 3, 4))), FRANKENBERG,
                List.of(List.of(2), List.of(3), List.of(4)));
        run(surveys.kickOff(LPR, new SurveyDraft(FRANKENBERG, 2025, LocalDate.of(2025, 3, 3))), FRANKENBERG,
                List.of(List.of(4, 5), Arrays.asList(3, null, 4), List.of(5, 5, 5, 5), List.of(2, 3)));
        run(surveys.kickOff(LPR, new SurveyDraft(FLOEHA, 2025, LocalDate.of(2025, 3, 3))), FLOEHA,
                List.of(List.of(2), List.of(3), List.of(4)));
        // a survey not yet reported does not count
        platform.enable(SurveyModule.ID, "14522020");
        surveys.kickOff(LPR, new SurveyDraft("14522020", 2025, LocalDate.of(2025, 3, 3)));

        List<YearComparison> years = surveys.comparison(TestPlatform.municipalUser(FRANKENBERG), FRANKENBERG);
        assertEquals(List.of(2024, 2025), years.stream().map(YearComparison::year).toList());
        assertEquals(3.0, years.get(0).municipality().mean(), 1e-4);
        assertEquals(0.0, years.get(0).difference(), 1e-4);
        // 2025 state-wide pools Frankenberg's 4.5, 3.5, 5, 2.5 and Floeha's 2, 3, 4: mean 24.5 / 7 = 3.5,
        // s = 1.08012, t(0.975, 6) = 2.4469 -> [2.5011, 4.4989]; Frankenberg 3.875 is 0.375 above
        SafetyIndex state = years.get(1).stateWide();
        assertEquals(7, state.respondents());
        assertEquals(3.5, state.mean(), 1e-4);
        assertEquals(2.5011, state.lower(), 1e-4);
        assertEquals(4.4989, state.upper(), 1e-4);
        assertEquals(0.375, years.get(1).difference(), 1e-4);
        assertEquals(state, surveys.stateWide(TestPlatform.police(), 2025));
        assertThrows(AccessDeniedException.class, () -> surveys.comparison(TestPlatform.municipalUser(FLOEHA), FRANKENBERG));
    }

    @Test
    public void otherMunicipalitiesSeeNothingAndChangeNothing() {
        Survey s = surveys.kickOff(TestPlatform.municipalUser(FRANKENBERG),
                new SurveyDraft(FRANKENBERG, 2025, LocalDate.of(2025, 6, 2)));
        assertThrows(NotFoundException.class, () -> surveys.get(TestPlatform.municipalUser(FLOEHA), s.id()));
        assertThrows(NotFoundException.class, () -> surveys.advance(TestPlatform.municipalUser(FLOEHA), s.id(),
                new PhaseChange(SurveyPhase.SAMPLE_DRAWN, null, 10, 1)));
        assertEquals(0, surveys.list(TestPlatform.municipalUser(FLOEHA), null, null, null, new PageRequest(0, 10)).total());
        assertEquals(1, surveys.list(TestPlatform.viewer(), null, 2025, null, new PageRequest(0, 10)).total());
        assertThrows(AccessDeniedException.class, () -> surveys.kickOff(TestPlatform.municipalUser(FLOEHA),
                new SurveyDraft(FRANKENBERG, 2024, LocalDate.of(2024, 6, 3))));
        assertThrows(ModuleNotEnabledException.class, () -> surveys.kickOff(LPR,
                new SurveyDraft("14522020", 2025, LocalDate.of(2025, 6, 2))));
    }

    /** Takes a kicked-off survey through all phases with these returns; dates a few weeks apart. */
    private Survey run(Survey s, String ags, List<List<Integer>> returns) {
        CurrentUser user = TestPlatform.municipalUser(ags);
        LocalDate day = s.kickOffOn();
        s = surveys.advance(user, s.id(), new PhaseChange(SurveyPhase.SAMPLE_DRAWN, day.plusWeeks(3), 1000, s.version()));
        s = surveys.advance(user, s.id(), new PhaseChange(SurveyPhase.QUESTIONNAIRES_OUT, day.plusWeeks(6), null, s.version()));
        for (List<Integer> scores : returns) {
            surveys.addResponse(user, s.id(), new ResponseDraft(scores));
        }
        s = surveys.get(user, s.id());
        s = surveys.advance(user, s.id(), new PhaseChange(SurveyPhase.RETURNS_ENTERED, day.plusWeeks(11), null, s.version()));
        s = surveys.advance(user, s.id(), new PhaseChange(SurveyPhase.ANALYSIS, day.plusWeeks(14), null, s.version()));
        return surveys.advance(user, s.id(), new PhaseChange(SurveyPhase.REPORT, day.plusWeeks(20), null, s.version()));
    }
}
