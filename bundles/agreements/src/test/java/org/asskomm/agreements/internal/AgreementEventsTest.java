package org.asskomm.agreements.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import org.asskomm.agreements.api.AgreementEvents;
import org.asskomm.platform.testing.EventCatalogueDoc;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Test;
import org.osgi.service.event.Event;

/** The module's event catalogue: what the demo scenario posts is declared, and docs/events.md shows the catalogue. */
public class AgreementEventsTest {

    @Test
    public void theDemoScenarioPostsOnlyCataloguedEvents() {
        TestPlatform platform = new TestPlatform();
        platform.events.checkAgainst(AgreementEvents.CATALOGUE);
        var schema = platform.schema(AgreementsModule.ID, AgreementRegistry.class);
        new AgreementsDemo(new AgreementRegistry(platform.database, schema, platform.municipalities, platform.writes),
                new PurposeAgreementRegistry(platform.database, schema, platform.municipalities, platform.writes),
                new ConsultationRegistry(platform.database, schema, platform.municipalities, platform.writes),
                platform.enablement).load(TestPlatform.lprAdmin());
        Set<String> topics = platform.events.events().stream().map(Event::getTopic).collect(Collectors.toSet());
        assertTrue(topics.toString(), topics.containsAll(Set.of(AgreementEvents.AGREEMENT_SIGNED.topic(),
                AgreementEvents.PURPOSE_IN_FORCE.topic(), AgreementEvents.CONSULTATION_RECORDED.topic())));
        Event consultation = platform.events.topic(AgreementEvents.CONSULTATION_RECORDED.topic()).get(0);
        assertEquals("2020-06-15", consultation.getProperty("date"));
        assertArrayEquals(new String[] {"ASSKomm-Kooperationsvereinbarung", "Kommunaler Präventionsrat"},
                (String[]) consultation.getProperty("topics"));
    }

    @Test
    public void docsEventsMdShowsTheCatalogue() {
        EventCatalogueDoc.check(Path.of("../../docs/events.md"), AgreementEvents.CATALOGUE);
    }
}
