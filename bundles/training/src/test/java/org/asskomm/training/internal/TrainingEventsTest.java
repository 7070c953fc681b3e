package org.asskomm.training.internal;

import static org.junit.Assert.assertFalse;

import java.nio.file.Path;

import org.asskomm.platform.testing.EventCatalogueDoc;
import org.asskomm.platform.testing.TestPlatform;
import org.asskomm.training.api.TrainingEvents;
import org.junit.Test;

/** The module's event catalogue: the demo scenario posts only declared events, and docs/events.md shows them. */
public class TrainingEventsTest {

    @Test
    public void theDemoScenarioPostsOnlyCataloguedEvents() {
        Fixtures f = new Fixtures();   // checks every posted event against the catalogue
        new TrainingDemo(f.catalogue, f.people, f.enrolments, f.platform.enablement).load(TestPlatform.lprAdmin());
        assertFalse(f.platform.events.topic(TrainingEvents.WAITLISTED.topic()).isEmpty());
    }

    @Test
    public void docsEventsMdShowsTheCatalogue() {
        EventCatalogueDoc.check(Path.of("../../docs/events.md"), TrainingEvents.CATALOGUE);
    }
}
