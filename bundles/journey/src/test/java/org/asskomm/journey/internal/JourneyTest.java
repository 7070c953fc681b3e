package org.asskomm.journey.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.asskomm.journey.api.Journey;
import org.asskomm.journey.api.Stage;
import org.asskomm.journey.api.StageRequest;
import org.asskomm.journey.api.StageView;
import org.asskomm.journey.api.Step;
import org.asskomm.journey.api.StepView;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;
import org.osgi.service.event.Event;

/** The journey on the real platform core over in-memory H2, fed with events as the modules post them. */
public class JourneyTest {

    static final String FRANKENBERG = "14522150";
    static final String FLOEHA = "14522140";
    static final String HAINICHEN = "14522230";

    private TestPlatform platform;
    private InstalledModules installed;
    private JourneyRegistry journeys;
    private JourneyRecorder recorder;
    private final CurrentUser lpr = TestPlatform.lprAdmin();

    @Before
    public void setUp() {
        platform = new TestPlatform();
        installed = InstalledModules.of("agreements", "councils", "coaching", "funding", "patrol", "analysis");
        journeys = new JourneyRegistry(platform.database, platform.schema(JourneyModule.ID, JourneyRegistry.class),
                platform.municipalities, platform.writes, installed);
        recorder = new JourneyRecorder(platform.database, Runnable::run);
    }

    private void post(String topic, String ags, String id, String occurredAt, Object... properties) {
        Map<String, Object> p = new HashMap<>();
        if (ags != null) {
            p.put("municipality", ags);
        }
        p.put("id", id);
        p.put("payloadVersion", 1);
        p.put("occurredAt", occurredAt);
        for (int i = 0; i < properties.length; i += 2) {
            p.put((String) properties[i], properties[i + 1]);
        }
        recorder.handleEvent(new Event(topic, p));
    }

    private static StageView stage(Journey j, String code) {
        return j.stages().stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    private void frankenbergsWay() {
        String agreement = UUID.randomUUID().toString();
        post("org/asskomm/agreements/Consultation/RECORDED", FRANKENBERG, UUID.randomUUID().toString(),
                "2020-11-02T09:00:00Z", "date", "2020-10-20", "topics", new String[] {"Auftakt"});
        post("org/asskomm/agreements/Consultation/RECORDED", FRANKENBERG, UUID.randomUUID().toString(),
                "2020-11-20T09:00:00Z", "date", "2020-11-19", "topics", new String[] {"Vereinbarung", "Polizei"});
        post("org/asskomm/agreements/Agreement/SIGNED", FRANKENBERG, agreement, "2020-12-10T08:00:00Z",
                "previous", "PRE_AGREEMENT", "date", "2020-12-09", "parties",
                new String[] {"Stadt Frankenberg/Sa.", "Polizeidirektion Chemnitz", "LPR"},
                "partyMunicipalities", new String[] {FRANKENBERG});
        post("org/asskomm/councils/Council/CREATED", FRANKENBERG, UUID.randomUUID().toString(), "2020-12-10T08:00:01Z",
                "name", "KPR Frankenberg", "scope", "INTER_MUNICIPAL", "partnerMunicipalities", new String[] {FLOEHA},
                "date", "2020-12-09");
        post("org/asskomm/coaching/Assignment/ASSIGNED", FRANKENBERG, UUID.randomUUID().toString(),
                "2020-10-01T10:00:00Z", "coachId", UUID.randomUUID().toString(), "date", "2020-10-01");
        String application = UUID.randomUUID().toString();
        post("org/asskomm/funding/Application/PAID", FRANKENBERG, application, "2021-05-01T10:00:00Z",
                "amount", "1000.00", "valueDate", "2021-04-30");
        post("org/asskomm/funding/Application/PAID", FRANKENBERG, application, "2021-09-01T10:00:00Z",
                "amount", "500.50", "valueDate", "2021-08-31");
        post("org/asskomm/patrol/Compound/CREATED", HAINICHEN, UUID.randomUUID().toString(), "2022-01-03T10:00:00Z",
                "name", "Verbund", "startDate", "2022-01-01", "members", new String[] {HAINICHEN, FRANKENBERG});
        // not a step of any stage: ignored
        post("org/asskomm/training/Course/CREATED", FRANKENBERG, UUID.randomUUID().toString(), "2022-01-03T10:00:00Z");
    }

    @Test
    public void theJourneyIsComputedFromTheEventsWithTheirOwnDays() {
        frankenbergsWay();
        Journey j = journeys.journey(TestPlatform.municipalUser(FRANKENBERG), FRANKENBERG);
        assertEquals(List.of("FIRST_CONTACT", "CONSULTATIONS", "AGREEMENT", "COUNCIL", "COACHING", "SAFETY_ANALYSIS",
                "FUNDED_PROJECTS", "PATROL_COMPOUND"), j.stages().stream().map(StageView::code).toList());
        assertEquals(LocalDate.of(2020, 10, 1), stage(j, "FIRST_CONTACT").reachedOn());   // the coach came first
        StepView consultations = stage(j, "CONSULTATIONS").steps().get(0);
        assertEquals(2, consultations.count());
        assertEquals(LocalDate.of(2020, 10, 20), consultations.firstOn());
        assertEquals("Vereinbarung, Polizei", consultations.detail());
        StepView signed = stage(j, "AGREEMENT").steps().get(0);
        assertEquals(LocalDate.of(2020, 12, 9), signed.firstOn());
        assertEquals("Stadt Frankenberg/Sa., Polizeidirektion Chemnitz, LPR", signed.detail());
        assertEquals(LocalDate.of(2020, 12, 9), stage(j, "COUNCIL").reachedOn());
        assertFalse(stage(j, "SAFETY_ANALYSIS").reached());
        StepView paid = stage(j, "FUNDED_PROJECTS").steps().get(1);
        assertEquals(new BigDecimal("1500.50"), paid.amount());
        assertEquals(LocalDate.of(2021, 8, 31), paid.lastOn());
        assertEquals(LocalDate.of(2022, 1, 1), stage(j, "PATROL_COMPOUND").reachedOn());   // as a member

        Journey floeha = journeys.journey(lpr, FLOEHA);   // a partner of the inter-municipal council
        assertEquals(LocalDate.of(2020, 12, 9), stage(floeha, "COUNCIL").reachedOn());
        assertNull(stage(floeha, "AGREEMENT").reachedOn());
    }

    @Test
    public void aModuleThatIsNotInstalledContributesNothingAndComesBackWithItsMilestones() {
        frankenbergsWay();
        installed.remove("councils");
        installed.remove("coaching");
        Journey j = journeys.journey(lpr, FRANKENBERG);
        assertNull(stage(j, "COUNCIL"));
        assertNull(stage(j, "COACHING"));
        assertEquals(LocalDate.of(2020, 10, 20), stage(j, "FIRST_CONTACT").reachedOn());   // without the coach
        assertEquals(LocalDate.of(2020, 12, 9), stage(j, "AGREEMENT").reachedOn());
        installed.addModule(new JourneyModule() {
            @Override
            public String id() {
                return "councils";
            }
        });
        assertEquals(LocalDate.of(2020, 12, 9), stage(journeys.journey(lpr, FRANKENBERG), "COUNCIL").reachedOn());
    }

    @Test
    public void theRecorderReturnsAtOnceAndRecordsInOrderOnItsOwnThread() throws Exception {
        JourneyRecorder threaded = new JourneyRecorder(platform.database,
                platform.schema(JourneyModule.ID, JourneyRegistry.class));
        for (int day = 1; day <= 20; day++) {
            Map<String, Object> p = new HashMap<>(Map.of("municipality", FRANKENBERG, "id", UUID.randomUUID().toString(),
                    "payloadVersion", 1, "occurredAt", "2021-03-01T10:00:00Z", "date", String.format("2021-03-%02d", day),
                    "topics", new String[] {"Thema " + day}));
            threaded.handleEvent(new Event("org/asskomm/agreements/Consultation/RECORDED", p));
        }
        threaded.stop();   // waits for the queue
        StepView consultations = stage(journeys.journey(lpr, FRANKENBERG), "CONSULTATIONS").steps().get(0);
        assertEquals(20, consultations.count());
        assertEquals(LocalDate.of(2021, 3, 20), consultations.lastOn());
        assertEquals("Thema 20", consultations.detail());
    }

    @Test
    public void aRedeliveredEventCountsOnce() {
        for (int i = 0; i < 2; i++) {
            post("org/asskomm/agreements/Consultation/RECORDED", FRANKENBERG, "7d0b6a3e-5b1a-4a53-9d71-0b0f1c7d9e11",
                    "2020-11-02T09:00:00Z", "date", "2020-10-20", "topics", new String[] {"Auftakt"});
        }
        assertEquals(1, stage(journeys.journey(lpr, FRANKENBERG), "CONSULTATIONS").steps().get(0).count());
    }

    @Test
    public void theLprAddsAStageAndItsStepsCountFromThenOn() {
        Stage added = journeys.putStage(lpr, "MODEL_MUNICIPALITY", new StageRequest(90, "Modellkommune",
                "Model municipality", List.of(new Step("org/asskomm/coaching/Assignment/CONDITION_MET",
                        "Erfolgsbedingung erfüllt", "success condition met", "date", null, "condition", null)), null));
        assertEquals(1, added.version());
        post("org/asskomm/coaching/Assignment/CONDITION_MET", FRANKENBERG, UUID.randomUUID().toString(),
                "2021-01-05T10:00:00Z", "condition", "SELF_SUSTAINING", "date", "2021-01-04");
        StageView model = stage(journeys.journey(lpr, FRANKENBERG), "MODEL_MUNICIPALITY");
        assertEquals(LocalDate.of(2021, 1, 4), model.reachedOn());
        assertEquals("SELF_SUSTAINING", model.steps().get(0).detail());
        assertEquals("MODEL_MUNICIPALITY", journeys.summaries(lpr, null).get(0).reached().keySet().iterator().next());

        assertThrows(ConflictException.class, () -> journeys.putStage(lpr, "MODEL_MUNICIPALITY", new StageRequest(90,
                "x", "x", added.steps(), null)));
        Stage changed = journeys.putStage(lpr, "MODEL_MUNICIPALITY", new StageRequest(5, "Modellkommune (neu)",
                "Model municipality", added.steps(), added.version()));
        assertEquals("MODEL_MUNICIPALITY", journeys.stages(lpr).get(0).code());
        assertThrows(ConflictException.class, () -> journeys.putStage(lpr, "MODEL_MUNICIPALITY", new StageRequest(5,
                "alt", "old", added.steps(), added.version())));
        assertEquals(2, changed.version());
        assertThrows(AccessDeniedException.class, () -> journeys.putStage(TestPlatform.municipalUser(FRANKENBERG),
                "X_STAGE", new StageRequest(1, "x", "x", added.steps(), null)));
        ValidationException bad = assertThrows(ValidationException.class, () -> journeys.putStage(lpr, "x",
                new StageRequest(1, "x", "x", List.of(new Step("not/a/topic", "a", "a", "bad property!", null, null,
                        null)), null)));
        assertEquals("code", bad.errors().get(0).field());
        bad = assertThrows(ValidationException.class, () -> journeys.putStage(lpr, "GOOD", new StageRequest(null,
                " ", "x", List.of(new Step("not/a/topic", "a", "a", "bad property!", null, null, null)), null)));
        assertEquals(List.of("position", "labelDe", "steps[0].topic", "steps[0].dateProperty"),
                bad.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    public void othersSeeOnlyWhatTheyMayRead() {
        frankenbergsWay();
        assertThrows(AccessDeniedException.class, () -> journeys.journey(TestPlatform.municipalUser(FLOEHA),
                FRANKENBERG));
        assertEquals(List.of(FLOEHA), journeys.summaries(TestPlatform.municipalUser(FLOEHA), null).stream()
                .map(s -> s.municipality()).toList());
        assertEquals(3, journeys.summaries(TestPlatform.viewer(), null).size());
        assertEquals(3, journeys.summaries(lpr, "Mittelsachsen").size());
        assertEquals(0, journeys.summaries(lpr, "Leipzig").size());
        assertThrows(ValidationException.class, () -> journeys.journey(lpr, "12"));
    }
}
