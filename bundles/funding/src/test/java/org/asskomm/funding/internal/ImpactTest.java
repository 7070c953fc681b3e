package org.asskomm.funding.internal;

import static org.asskomm.funding.internal.Fixture.FRANKENBERG;
import static org.asskomm.funding.internal.Fixture.LPR;
import static org.asskomm.funding.internal.Fixture.eur;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.asskomm.funding.api.Application;
import org.asskomm.funding.api.Concept;
import org.asskomm.funding.api.ConceptRequest;
import org.asskomm.funding.api.DecisionOutcome;
import org.asskomm.funding.api.DecisionRequest;
import org.asskomm.funding.api.Impact;
import org.asskomm.funding.api.ImpactRequest;
import org.asskomm.funding.api.Programme;
import org.asskomm.funding.api.ProgrammeImpact;
import org.asskomm.funding.api.TrafficLight;
import org.asskomm.funding.api.VersionRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.AccessDeniedException;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.testing.MessageFiles;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;

/** Impact evaluation: achievement from baseline to target, traffic lights, the programme's impact report. */
public class ImpactTest {

    private static final String DAMAGE = "Anzeigen wegen Sachbeschädigung je Jahr";
    private static final String SAFE = "Anteil der Befragten, die sich sicher fühlen (%)";

    private final Fixture f = new Fixture();
    private final CurrentUser frankenberg = TestPlatform.municipalUser(FRANKENBERG);
    private final ConceptRegistry concepts = new ConceptRegistry(f.platform.database, f.platform.writes,
            f.applications, f.platform.municipalities, MessageFiles::texts, Clock.systemDefaultZone());
    private final ImpactRegistry impacts = new ImpactRegistry(f.platform.database, f.platform.writes, f.applications,
            f.programmes);
    private final Programme programme = f.createProgramme("500000.00");

    private Application withConcept() {
        Application a = f.applications.create(frankenberg, Fixture.request(programme.id(), FRANKENBERG, "18000.00",
                "2000.00"));
        concepts.saveConcept(frankenberg, a.id(), new ConceptRequest(ConceptTest.steps(ConceptTest.LONG), List.of(
                new Concept.Indicator("Weniger Sachbeschädigungen", DAMAGE, "Anzeigen", eur("20.00")),
                new Concept.Indicator("Mehr Sicherheitsgefühl", SAFE, "%", eur("60.00"))), a.version()));
        a = f.applications.application(frankenberg, a.id());
        a = f.applications.submit(frankenberg, a.id(), new VersionRequest(a.version()));
        a = f.applications.startReview(LPR, a.id(), new VersionRequest(a.version()));
        return f.applications.decide(LPR, a.id(), new DecisionRequest(DecisionOutcome.APPROVED, eur("18000.00"), null,
                null, null, null, a.version()));
    }

    private int version(Application a) {
        return f.applications.application(LPR, a.id()).version();
    }

    @Test
    public void baselineAndFollowUpGiveTheAchievementAndTheLights() {
        Application a = withConcept();
        Impact baseline = impacts.recordImpact(frankenberg, a.id(), new ImpactRequest(List.of(
                new ImpactRequest.Measurement(DAMAGE, eur("40.00"), null, LocalDate.of(2026, 12, 31), "PKS 2026"),
                new ImpactRequest.Measurement(SAFE, eur("50.00"), null, null, "Sicherheitsanalyse 2026")), version(a)));
        assertEquals(TrafficLight.NONE, baseline.light());
        assertEquals(eur("40.00"), baseline.indicators().get(0).baseline());

        // the follow-up alone: the baseline stays; 40 -> 25 of the way to 20 = 75 %; 50 -> 62 of the way to 60 = 120 %
        Impact after = impacts.recordImpact(frankenberg, a.id(), new ImpactRequest(List.of(
                new ImpactRequest.Measurement(DAMAGE, null, eur("25.00"), LocalDate.of(2027, 12, 31), null),
                new ImpactRequest.Measurement(SAFE, null, eur("62.00"), null, "Wiederholungsbefragung")), version(a)));
        Impact.IndicatorResult damage = after.indicators().get(0);
        assertEquals(eur("40.00"), damage.baseline());
        assertEquals("PKS 2026", damage.source());
        assertEquals(java.math.BigDecimal.valueOf(75), damage.achievement());
        assertEquals(TrafficLight.YELLOW, damage.light());
        assertEquals(TrafficLight.GREEN, after.indicators().get(1).light());
        assertEquals(java.math.BigDecimal.valueOf(98), after.achievement());   // (75 + 120) / 2 = 97.5 -> 98
        assertEquals(TrafficLight.YELLOW, after.light());

        ProgrammeImpact report = impacts.programmeImpact(LPR, programme.id());
        assertEquals(1, report.projects());
        assertEquals(2, report.indicators());
        assertEquals(2, report.indicatorsMeasured());
        assertEquals(1, report.yellow());
        assertEquals(eur("18000.00"), report.granted());
        try {
            impacts.programmeImpact(frankenberg, programme.id());
            fail();
        } catch (AccessDeniedException expected) {
            // across municipalities: LPR staff and viewers only
        }
    }

    @Test
    public void onlyIndicatorsOfTheLogicModelAreMeasured() {
        Application a = withConcept();
        try {
            impacts.recordImpact(frankenberg, a.id(), new ImpactRequest(List.of(new ImpactRequest.Measurement(
                    "Besucherzahl", eur("1.00"), null, null, null)), version(a)));
            fail();
        } catch (ValidationException e) {
            assertEquals("measurements[0].indicator", e.errors().get(0).field());
        }
    }
}
