package org.asskomm.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import org.asskomm.analysis.api.AnalysisEvents;
import org.asskomm.platform.testing.EventCatalogueDoc;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

/** The module's event catalogue: what the demo scenario posts is declared, and docs/events.md shows the catalogue. */
class AnalysisEventsTest {

    @Test
    void theDemoScenarioPostsOnlyCataloguedEvents() {
        TestPlatform platform = new TestPlatform().enable(AnalysisModule.ID, "14522150");
        platform.events.checkAgainst(AnalysisEvents.CATALOGUE);
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneId.of("Europe/Berlin"));
        platform.schema(AnalysisModule.ID, AnalysisRegistry.class);
        AnalysisRegistry analyses = new AnalysisRegistry(platform.database, platform.municipalities, platform.writes,
                clock);
        SurveyRegistry surveys = new SurveyRegistry(platform.database, platform.writes, new ItemBankRegistry(platform.database, platform.writes, clock), clock);
        new AnalysisDemo(analyses, surveys, platform.enablement).load(TestPlatform.lprAdmin());
        Set<String> topics = platform.events.events().stream().map(Event::getTopic).collect(Collectors.toSet());
        assertTrue(topics.containsAll(Set.of(AnalysisEvents.ANALYSIS_CREATED.topic(),
                AnalysisEvents.SURVEY_CREATED.topic(), AnalysisEvents.SURVEY_SAMPLED.topic())), topics.toString());
    }

    @Test
    void docsEventsMdShowsTheCatalogue() {
        EventCatalogueDoc.check(Path.of("../../docs/events.md"), AnalysisEvents.CATALOGUE);
    }
}
