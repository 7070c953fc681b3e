package org.asskomm.platform.testing;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.asskomm.platform.api.event.EventCatalogue;
import org.asskomm.platform.api.event.EventProperty;
import org.asskomm.platform.api.event.EventType;
import org.asskomm.platform.api.event.PropertyType;
import org.junit.Test;
import org.osgi.service.event.Event;

/** The catalogue's checks, the payload builder and the standard section of docs/events.md. */
public class EventCatalogueTest {

    private static final EventProperty DAY = EventProperty.required("date", PropertyType.DATE, "the day");
    private static final EventProperty AMOUNT = EventProperty.optional("amount", PropertyType.AMOUNT, "euros");
    private static final EventType PAID = EventType.of("demo", "Claim", "PAID", 2, "A claim was paid.", DAY, AMOUNT);
    private static final EventCatalogue CATALOGUE = EventCatalogue.of("demo", PAID);

    private static Event event(String topic, Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of("id", "6f1c3c0e-0d3e-4d7a-9d3b-3c1f5b7e2a10",
                "municipality", "14522150", "user", "frankenberg"));
        properties.putAll(extra);
        return new Event(topic, properties);
    }

    @Test
    public void aDeclaredEventPasses() {
        Map<String, Object> payload = PAID.payload().with(DAY, LocalDate.of(2025, 6, 2))
                .with(AMOUNT, new BigDecimal("1250.5")).build();
        assertEquals("1250.50", payload.get("amount"));
        assertEquals("2025-06-02", payload.get("date"));
        assertEquals(2, payload.get(EventType.PAYLOAD_VERSION));
        assertEquals(List.of(), CATALOGUE.violations(event(PAID.topic(), payload)));
    }

    @Test
    public void undeclaredTopicsPropertiesWrongTypesAndMissingOnesAreViolations() {
        Map<String, Object> payload = PAID.payload().with(DAY, LocalDate.of(2025, 6, 2)).build();
        assertEquals(1, CATALOGUE.violations(event("org/asskomm/demo/Claim/LOST", payload)).size());
        Map<String, Object> extra = new HashMap<>(payload);
        extra.put("note", "x");
        assertTrue(CATALOGUE.violations(event(PAID.topic(), extra)).get(0).contains("'note' is not in the catalogue"));
        Map<String, Object> wrongType = new HashMap<>(payload);
        wrongType.put("amount", new BigDecimal("1.00"));
        assertTrue(CATALOGUE.violations(event(PAID.topic(), wrongType)).get(0).contains("is not a AMOUNT"));
        Map<String, Object> missing = new HashMap<>(payload);
        missing.remove("date");
        assertTrue(CATALOGUE.violations(event(PAID.topic(), missing)).get(0).contains("'date' is missing"));
        assertEquals(List.of(), CATALOGUE.violations(event("org/asskomm/other/Claim/LOST", Map.of())));
        Map<String, Object> delivered = new HashMap<>(payload);
        delivered.put("timestamp", 1_733_500_000_000L);   // Felix EventAdmin's delivery time is not a payload property
        assertEquals(List.of(), CATALOGUE.violations(event(PAID.topic(), delivered)));
    }

    @Test
    public void thePayloadBuilderRefusesWhatTheTypeDoesNotDeclare() {
        assertThrows(IllegalArgumentException.class, () -> PAID.payload()
                .with(EventProperty.required("note", PropertyType.TEXT, "x"), "x"));
        assertThrows(IllegalArgumentException.class, () -> PAID.payload().with(DAY, "2. Juni"));
        assertThrows(IllegalStateException.class, () -> PAID.payload().build());
    }

    @Test
    public void theRecordingEventAdminFailsOnEventsOutsideTheCatalogue() {
        RecordingEventAdmin events = new RecordingEventAdmin().checkAgainst(CATALOGUE);
        assertThrows(AssertionError.class, () -> events.postEvent(event("org/asskomm/demo/Claim/LOST", Map.of())));
        events.postEvent(event("org/asskomm/other/Thing/DONE", Map.of()));
        assertEquals(1, events.events().size());
    }

    @Test
    public void theStandardPropertiesAreDocumented() {
        EventCatalogueDoc.check(Path.of("../../docs/events.md"), "events:standard", EventCatalogueDoc.standardMarkdown());
    }
}
