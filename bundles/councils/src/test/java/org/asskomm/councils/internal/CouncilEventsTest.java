package org.asskomm.councils.internal;

import static org.junit.Assert.assertFalse;

import java.nio.file.Path;

import org.asskomm.councils.api.CouncilEvents;
import org.asskomm.platform.testing.EventCatalogueDoc;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;

/** The module's event catalogue: the demo scenario posts only declared events, and docs/events.md shows them. */
public class CouncilEventsTest {

    @Test
    public void theDemoScenarioPostsOnlyCataloguedEvents() {
        TestPlatform platform = new TestPlatform();
        TestCouncils.loadDemo(platform, TestCouncils.on(platform));   // on(...) checks against the catalogue
        assertFalse(platform.events.topic(CouncilEvents.CREATED.topic()).isEmpty());
    }

    @Test
    public void docsEventsMdShowsTheCatalogue() {
        EventCatalogueDoc.check(Path.of("../../docs/events.md"), CouncilEvents.CATALOGUE);
    }
}
