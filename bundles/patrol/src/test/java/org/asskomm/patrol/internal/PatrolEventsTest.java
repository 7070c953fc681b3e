package org.asskomm.patrol.internal;

import static org.junit.Assert.assertFalse;

import java.nio.file.Path;
import java.time.Clock;

import org.asskomm.patrol.api.PatrolEvents;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.testing.EventCatalogueDoc;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;

/** The module's event catalogue: the demo scenario posts only declared events, and docs/events.md shows them. */
public class PatrolEventsTest {

    @Test
    public void theDemoScenarioPostsOnlyCataloguedEvents() {
        TestPlatform platform = CoreMigrations.platform();
        PatrolServices service = new PatrolServices(platform, Clock.systemDefaultZone());   // checks the catalogue
        new PatrolDemo(service.compounds, service.resources, service.planning, service.logs, platform.enablement)
                .load(CurrentUser.SYSTEM);
        assertFalse(platform.events.topic(PatrolEvents.COMPOUND_CREATED.topic()).isEmpty());
    }

    @Test
    public void docsEventsMdShowsTheCatalogue() {
        EventCatalogueDoc.check(Path.of("../../docs/events.md"), PatrolEvents.CATALOGUE);
    }
}
