package org.asskomm.patrol.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

public class HotspotsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 5, 4);
    // Dresden, Altmarkt, and a place about 1 km away
    private static final Hotspots.Candidate ALTMARKT =
            new Hotspots.Candidate("altmarkt", 51.0500, 13.7383, List.of("Altmarkt"));
    private static final Hotspots.Candidate PARK =
            new Hotspots.Candidate("park", 51.0590, 13.7383, List.of("Stadtpark", "Spielplatz am Teich"));

    @Test
    public void aReportWithinTheRadiusBelongsToTheNearestPlace() {
        // about 100 m north of the Altmarkt (0.0009° latitude), 900 m from the park
        assertEquals(Optional.of("altmarkt"), Hotspots.match(51.0509, 13.7383, null, List.of(PARK, ALTMARKT)));
        // about 56 m from the park, 940 m from the Altmarkt
        assertEquals(Optional.of("park"), Hotspots.match(51.0585, 13.7383, "irgendwo", List.of(ALTMARKT, PARK)));
    }

    @Test
    public void aReportBeyondTheRadiusOpensANewPlace() {
        // about 200 m from the Altmarkt
        assertEquals(Optional.empty(), Hotspots.match(51.0518, 13.7383, null, List.of(ALTMARKT, PARK)));
        assertTrue(Hotspots.RADIUS_METRES < 200);
    }

    @Test
    public void aDescriptionMatchesANameOrAnEarlierDescriptionIgnoringCaseAccentsAndPunctuation() {
        assertEquals(Optional.of("park"), Hotspots.match(null, null, "  spielplatz AM  Teich! ", List.of(ALTMARKT, PARK)));
        assertEquals(Optional.of("altmarkt"), Hotspots.match(null, null, "ALTMARKT", List.of(ALTMARKT, PARK)));
        assertEquals(Optional.empty(), Hotspots.match(null, null, "Neumarkt", List.of(ALTMARKT, PARK)));
        assertEquals(Optional.empty(), Hotspots.match(null, null, " ", List.of(ALTMARKT, PARK)));
        assertEquals("strasse der einheit", Hotspots.normalise("Straße der Einheit"));
        assertEquals("lobtau", Hotspots.normalise("Löbtau"));
    }

    @Test
    public void coordinatesBeyondTheRadiusFallBackOnTheDescription() {
        assertEquals(Optional.of("altmarkt"), Hotspots.match(51.2, 13.9, "Altmarkt", List.of(ALTMARKT, PARK)));
    }

    @Test
    public void aReportHalvesItsWeightEveryHalfLife() {
        assertEquals(1.0, Hotspots.weight(DAY, DAY), 1e-12);
        assertEquals(0.5, Hotspots.weight(DAY, DAY.plusDays(Hotspots.HALF_LIFE_DAYS)), 1e-12);
        assertEquals(0.25, Hotspots.weight(DAY, DAY.plusDays(2L * Hotspots.HALF_LIFE_DAYS)), 1e-12);
        assertEquals(Math.pow(0.5, 7.0 / 14), Hotspots.weight(DAY, DAY.plusDays(7)), 1e-12);
        // a report made after the day asked about does not count yet
        assertEquals(0.0, Hotspots.weight(DAY.plusDays(1), DAY), 0.0);
    }

    @Test
    public void threeFreshReportsMakeAHotspotThatSinksWithoutNewReports() {
        List<LocalDate> reports = List.of(DAY, DAY, DAY.minusDays(1));
        double fresh = Hotspots.score(reports, DAY);
        assertEquals(2 + Math.pow(0.5, 1.0 / 14), fresh, 1e-12);
        assertEquals(3, Hotspots.priority(fresh));
        assertEquals(4, Hotspots.priority(Hotspots.score(List.of(DAY, DAY, DAY), DAY)));
        // one half-life later: 1.5 -> priority 2; four half-lives: 0.1875 -> priority 1
        assertEquals(2, Hotspots.priority(Hotspots.score(List.of(DAY, DAY, DAY), DAY.plusDays(14))));
        assertEquals(1, Hotspots.priority(Hotspots.score(List.of(DAY, DAY, DAY), DAY.plusDays(56))));
        assertEquals(5, Hotspots.priority(Hotspots.score(List.of(DAY, DAY, DAY, DAY, DAY, DAY, DAY), DAY)));
        assertEquals(1, Hotspots.priority(0));
    }
}
