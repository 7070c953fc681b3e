package org.asskomm.patrol.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.Test;
import org.osgi.service.event.Event;

/** How the reaction reads the generic Report/CREATED payload (docs/events.md, "Reactions"). */
public class ReportListenerTest {

    private static Map<String, Object> payload() {
        Map<String, Object> p = new HashMap<>();
        p.put("municipality", "14522150");
        p.put("id", "7d3c1c9e-2f7a-4a57-9c1a-7d3c1c9e2f7a");
        p.put("category", "GRAFFITI");
        p.put("reportedOn", "2026-11-30");
        p.put("latitude", "50.9106");
        p.put("longitude", "13.0378");
        p.put("occurredAt", "2026-12-01T09:00:00Z");
        return p;
    }

    @Test
    public void readsTheReportWithCoordinatesAsDecimalStrings() {
        HotspotBook.Report r = ReportListener.report(new Event("org/asskomm/citizenreports/Report/CREATED", payload()));
        assertEquals("14522150", r.ags());
        assertEquals("GRAFFITI", r.category());
        assertEquals(LocalDate.of(2026, 11, 30), r.reportedOn());
        assertEquals(50.9106, r.latitude(), 1e-12);
        assertEquals(13.0378, r.longitude(), 1e-12);
        assertNull(r.place());
        assertEquals(Instant.parse("2026-12-01T09:00:00Z"), r.occurredAt());
        assertEquals("org/asskomm/citizenreports/Report/CREATED", r.topic());
    }

    @Test
    public void oneCoordinateAloneOrOutOfRangeIsNoPosition() {
        Map<String, Object> p = payload();
        p.remove("longitude");
        p.put("place", "  Markt ");
        HotspotBook.Report r = ReportListener.report(new Event("org/asskomm/x/Report/CREATED", p));
        assertNull(r.latitude());
        assertNull(r.longitude());
        assertEquals("Markt", r.place());
        p.put("longitude", "200");
        assertNull(ReportListener.report(new Event("org/asskomm/x/Report/CREATED", p)).latitude());
    }

    @Test
    public void ignoresOtherTopicsAndReportsWithoutMunicipalityCategoryOrDay() {
        assertNull(ReportListener.report(new Event("org/asskomm/x/Report/UPDATED", payload())));
        for (String key : new String[] {"municipality", "id", "category", "reportedOn"}) {
            Map<String, Object> p = payload();
            p.remove(key);
            assertNull(key, ReportListener.report(new Event("org/asskomm/x/Report/CREATED", p)));
        }
        Map<String, Object> p = payload();
        p.put("reportedOn", "30.11.2026");
        assertNull(ReportListener.report(new Event("org/asskomm/x/Report/CREATED", p)));
        p = payload();
        p.put("municipality", "1452215");
        assertNull(ReportListener.report(new Event("org/asskomm/x/Report/CREATED", p)));
    }
}
