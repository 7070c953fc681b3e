package org.asskomm.funding.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.file.Path;

import org.asskomm.funding.api.FundingEvents;
import org.asskomm.platform.testing.EventCatalogueDoc;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;
import org.osgi.service.event.Event;

/** The module's event catalogue: the demo scenario posts only declared events, and docs/events.md shows them. */
public class FundingEventsTest {

    @Test
    public void theDemoScenarioPostsOnlyCataloguedEvents() {
        Fixture f = new Fixture();   // checks every posted event against the catalogue
        new FundingDemo(f.programmes, f.platform.database, f.platform.enablement, f.platform.municipalities,
                f.platform.writes).load(TestPlatform.lprAdmin());
        assertFalse(f.platform.events.topic(FundingEvents.APPROVED.topic()).isEmpty());
        Event approved = f.platform.events.topic(FundingEvents.APPROVED.topic()).get(0);
        assertEquals(1, approved.getProperty("payloadVersion"));
        assertEquals(true, String.valueOf(approved.getProperty("grantedAmount")).matches("\\d+\\.\\d{2}"));
    }

    @Test
    public void docsEventsMdShowsTheCatalogue() {
        EventCatalogueDoc.check(Path.of("../../docs/events.md"), FundingEvents.CATALOGUE);
    }
}
