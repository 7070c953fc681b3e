package org.asskomm.patrol.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asskomm.patrol.api.Hotspot;
import org.asskomm.patrol.api.Place;
import org.asskomm.patrol.api.PlaceCategory;
import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Citizens' reports clustered into hotspot places ({@link Hotspots} has the rules): records a report in every
 * compound its municipality belongs to, lists a compound's hotspots as of a day, and raises the priority the
 * planner sees.
 */
@Component(service = HotspotBook.class)
public class HotspotBook {

    /** A citizen's report as another module's {@code Report/CREATED} event carries it. */
    public record Report(String topic, String id, String ags, String category, String place, Double latitude,
                         Double longitude, LocalDate reportedOn, java.time.Instant occurredAt) {
    }

    private static final HotspotStore STORE = new HotspotStore();
    private static final PlaceStore PLACES = new PlaceStore();

    private final Database database;
    private final CompoundAccess access;

    @Activate
    public HotspotBook(@Reference Database database, @Reference CompoundAccess access) {
        this.database = database;
        this.access = access;
    }

    /** Clusters the report into each compound of its municipality; a redelivered report is not counted twice. */
    public int record(Report r) {
        return database.inTransaction(c -> {
            int recorded = 0;
            for (String compoundId : STORE.compoundsOf(c, r.ags())) {
                if (STORE.known(c, r.id(), compoundId)) {
                    continue;
                }
                Optional<String> placeId = Hotspots.match(r.latitude(), r.longitude(), r.place(),
                        STORE.candidates(c, compoundId, r.ags()));
                if (placeId.isEmpty()) {
                    placeId = newPlace(c, compoundId, r);
                }
                if (placeId.isPresent()) {
                    STORE.insert(c, new HotspotStore.Row(r.id(), compoundId, placeId.get(), r.topic(), r.ags(),
                            r.category(), r.place(), r.latitude(), r.longitude(), r.reportedOn(), r.occurredAt()));
                    recorded++;
                }
            }
            return recorded;
        });
    }

    /** A new place where the report is; without coordinates, at the centre of the municipality's places. */
    private static Optional<String> newPlace(Connection c, String compoundId, Report r) throws SQLException {
        double[] at = r.latitude() != null && r.longitude() != null ? new double[] {r.latitude(), r.longitude()}
                : STORE.centre(c, compoundId, r.ags()).orElse(null);
        if (at == null) {
            return Optional.empty();
        }
        String name = r.place() != null && !r.place().isBlank() ? r.place().trim()
                : String.format(Locale.GERMANY, "Bürgermeldungen bei %.5f° N, %.5f° O", at[0], at[1]);
        String id = CompoundStore.newId();
        PLACES.insert(c, new Place(id, compoundId, r.ags(), name.length() > 200 ? name.substring(0, 200) : name,
                PlaceCategory.OTHER, at[0], at[1], 1, null, true, false, 1, 1));
        return Optional.of(id);
    }

    /** The compound's places with reports as of {@code asOf}, highest priority first. */
    public List<Hotspot> hotspots(CurrentUser user, String compoundId, LocalDate asOf) {
        return access.read(user, compoundId, (c, compound) -> hotspots(c, compoundId, asOf));
    }

    static List<Hotspot> hotspots(Connection c, String compoundId, LocalDate asOf) throws SQLException {
        Map<String, List<String[]>> byPlace = STORE.reports(c, compoundId, asOf).stream()
                .collect(Collectors.groupingBy(row -> row[0], LinkedHashMap::new, Collectors.toList()));
        if (byPlace.isEmpty()) {
            return List.of();
        }
        Map<String, Place> places = PLACES.all(c, compoundId, asOf).stream()
                .collect(Collectors.toMap(Place::id, Function.identity()));
        List<Hotspot> result = new ArrayList<>();
        byPlace.forEach((placeId, rows) -> {
            Place p = places.get(placeId);
            List<LocalDate> days = rows.stream().map(row -> LocalDate.parse(row[1])).toList();
            double score = Hotspots.score(days, asOf);
            Map<String, Long> categories = rows.stream()
                    .collect(Collectors.groupingBy(row -> row[2], LinkedHashMap::new, Collectors.counting()));
            result.add(new Hotspot(placeId, p.ags(), p.name(), asOf, rows.size(),
                    days.stream().max(Comparator.naturalOrder()).orElseThrow(), Math.round(score * 1000) / 1000.0,
                    Hotspots.priority(score), p.priority(), Hotspots.HALF_LIFE_DAYS,
                    categories.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .map(Map.Entry::getKey).toList()));
        });
        result.sort(Comparator.comparingInt(Hotspot::priority).reversed()
                .thenComparing(Comparator.comparingDouble(Hotspot::score).reversed()).thenComparing(Hotspot::placeId));
        return result;
    }

    /** The places with their priority raised to their hotspot priority as of {@code asOf} where that is higher. */
    static List<Place> withHotspots(Connection c, String compoundId, LocalDate asOf, List<Place> places)
            throws SQLException {
        Map<String, Integer> hot = new HashMap<>();
        hotspots(c, compoundId, asOf).forEach(h -> hot.put(h.placeId(), h.priority()));
        return places.stream().map(p -> hot.getOrDefault(p.id(), 0) <= p.priority() ? p
                : new Place(p.id(), p.compoundId(), p.ags(), p.name(), p.category(), p.latitude(), p.longitude(),
                        hot.get(p.id()), p.lastPatrolledOn(), p.untouched(), p.untouchedAtStart(), p.version(),
                        p.requiredOfficers())).toList();
    }
}
