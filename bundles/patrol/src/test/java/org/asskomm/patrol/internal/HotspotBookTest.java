package org.asskomm.patrol.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.Hotspot;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.patrol.api.PlaceRequest;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.testing.TestPlatform;
import org.junit.Before;
import org.junit.Test;

/** Reports clustered into hotspots on H2, with the migrations the module ships. */
public class HotspotBookTest {

    private static final LocalDate DAY = LocalDate.of(2020, 11, 2);
    private static final String TOPIC = "org/asskomm/reports/Report/CREATED";

    private TestPlatform platform;
    private HotspotBook book;
    private Compound compound;
    private Place markt;
    private final CurrentUser floeha = TestPlatform.municipalUser(PatrolServiceTest.FLOEHA);

    @Before
    public void setUp() {
        platform = CoreMigrations.platform();
        platform.enable(PatrolModule.ID, PatrolServiceTest.FLOEHA).enable(PatrolModule.ID, PatrolServiceTest.PARTNERS);
        PatrolServices service = new PatrolServices(platform, PatrolServiceTest.CLOCK);
        book = new HotspotBook(platform.database, service.access);
        compound = service.compounds.createCompound(floeha, PatrolServiceTest.floehaRequest());
        markt = service.planning.addPlace(floeha, compound.id(), new PlaceRequest(PatrolServiceTest.FLOEHA, "Markt",
                PlaceCategory.MARKET_SQUARE, 50.8560, 13.0720, 2, null, null));
    }

    private int report(String id, String ags, String category, String place, Double lat, Double lon, LocalDate on) {
        return book.record(new HotspotBook.Report(TOPIC, id, ags, category, place, lat, lon, on,
                Instant.parse("2020-11-02T08:00:00Z")));
    }

    @Test
    public void reportsOfOnePlaceMakeOneHotspotWhosePriorityDecays() {
        String ags = PatrolServiceTest.FLOEHA;
        assertEquals(1, report("r1", ags, "LITTER", null, 50.8565, 13.0721, DAY));          // ~56 m from the Markt
        assertEquals(1, report("r2", ags, "GRAFFITI", "Marktbrunnen", 50.8555, 13.0725, DAY)); // ~66 m
        assertEquals(1, report("r3", ags, "LITTER", "markt", null, null, DAY));              // by its name
        assertEquals(1, report("r4", ags, "STREET_LIGHT", "Bahnhof Nord", 50.8700, 13.0800, DAY)); // a new place
        assertEquals(1, report("r5", ags, "LITTER", "bahnhof  nord", null, null, DAY.minusDays(14)));
        // redelivered: not counted twice; a municipality of no compound: nowhere
        assertEquals(0, report("r1", ags, "LITTER", null, 50.8565, 13.0721, DAY));
        assertEquals(0, report("r6", PatrolServiceTest.FRANKENBERG, "LITTER", "Markt", null, null, DAY));

        List<Hotspot> today = book.hotspots(floeha, compound.id(), DAY);
        assertEquals(2, today.size());
        Hotspot first = today.get(0);
        assertEquals(markt.id(), first.placeId());
        assertEquals(3, first.reports());
        assertEquals(3.0, first.score(), 1e-9);
        assertEquals(4, first.priority());
        assertEquals(2, first.placePriority());
        assertEquals(List.of("LITTER", "GRAFFITI"), first.categories());
        Hotspot bahnhof = today.get(1);
        assertEquals("Bahnhof Nord", bahnhof.name());
        assertEquals(2, bahnhof.reports());
        assertEquals(1.5, bahnhof.score(), 1e-9);
        assertEquals(2, bahnhof.priority());

        // four weeks later the Markt's three reports weigh 0.75: priority 1
        Hotspot later = book.hotspots(floeha, compound.id(), DAY.plusDays(28)).stream()
                .filter(h -> h.placeId().equals(markt.id())).findFirst().orElseThrow();
        assertEquals(0.75, later.score(), 1e-9);
        assertEquals(1, later.priority());
        // before the reports were made there is no hotspot yet
        assertTrue(book.hotspots(floeha, compound.id(), DAY.minusDays(15)).isEmpty());
    }

    @Test
    public void thePlannerSeesTheHotspotPriorityWhereItIsAboveThePlaces() {
        String ags = PatrolServiceTest.FLOEHA;
        for (String id : List.of("a", "b", "c")) {
            report(id, ags, "LITTER", "Markt", null, null, DAY);
        }
        Map<String, Place> planned = platform.database.read(c -> HotspotBook.withHotspots(c, compound.id(), DAY,
                new PlaceStore().all(c, compound.id(), DAY))).stream()
                .collect(Collectors.toMap(Place::id, Function.identity()));
        assertEquals(4, planned.get(markt.id()).priority());
        Map<String, Place> weeksLater = platform.database.read(c -> HotspotBook.withHotspots(c, compound.id(),
                DAY.plusDays(42), new PlaceStore().all(c, compound.id(), DAY))).stream()
                .collect(Collectors.toMap(Place::id, Function.identity()));
        // 3 * 0.125 = 0.375 -> hotspot priority 1, below the place's own 2
        assertEquals(2, weeksLater.get(markt.id()).priority());
    }

    @Test
    public void aReportWithNeitherCoordinatesNorAKnownPlaceGoesToTheCentreOfTheMunicipalitysPlaces() {
        String ags = PatrolServiceTest.FLOEHA;
        assertEquals(1, report("x1", ags, "NOISE", "Hinterhof Gartenstraße", null, null, DAY));
        Hotspot h = book.hotspots(floeha, compound.id(), DAY).get(0);
        assertEquals("Hinterhof Gartenstraße", h.name());
        Place created = platform.database.read(c -> new PlaceStore().find(c, compound.id(), h.placeId(), DAY))
                .orElseThrow();
        assertEquals(markt.latitude(), created.latitude(), 1e-9);
        assertEquals(PlaceCategory.OTHER, created.category());
        // a member without places: nowhere to put a report without coordinates
        assertEquals(0, report("x2", PatrolServiceTest.PARTNERS[0], "NOISE", "irgendwo", null, null, DAY));
        // with coordinates it opens a place there, named by its position
        assertEquals(1, report("x3", PatrolServiceTest.PARTNERS[0], "LITTER", null, 50.8, 13.1, DAY));
        assertTrue(book.hotspots(floeha, compound.id(), DAY).stream()
                .anyMatch(s -> s.name().equals("Bürgermeldungen bei 50,80000° N, 13,10000° O")));
    }
}
