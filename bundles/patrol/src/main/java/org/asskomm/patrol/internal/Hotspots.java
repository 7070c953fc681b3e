package org.asskomm.patrol.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.asskomm.patrol.internal.planning.Geo;

/**
 * The rules that turn citizens' reports into hotspots, free of the database: which place a report belongs to
 * (clustering) and how much the reports of a place still weigh on a day (decay).
 * <ul>
 *   <li>A report with coordinates belongs to the nearest place of its municipality within {@link #RADIUS_METRES};
 *   a report with only a description of the place belongs to the place of its municipality whose name, or an
 *   earlier report's description, is the same text (ignoring case, accents, punctuation and spacing).
 *   Otherwise it opens a new place.</li>
 *   <li>A report weighs 1 on the day it was made and half as much every {@link #HALF_LIFE_DAYS} days after
 *   ({@code 0.5^(days / half-life)}); reports after the day asked about weigh nothing. The hotspot priority is
 *   {@code 1 + floor(score)}, at most 5: three fresh reports make priority 4, a hotspot the planner visits within
 *   its due time; without new reports it sinks one step about every half-life.</li>
 * </ul>
 */
public final class Hotspots {

    /** Reports this close to a place (straight line) are reports about that place. */
    public static final double RADIUS_METRES = 150;
    /** Days after which a report weighs half as much. */
    public static final int HALF_LIFE_DAYS = 14;
    public static final int MAX_PRIORITY = 5;

    private Hotspots() {
    }

    /** A candidate place: a place of the municipality with its name and the descriptions reports gave it. */
    public record Candidate(String placeId, double latitude, double longitude, List<String> descriptions) {

        public Candidate {
            descriptions = List.copyOf(descriptions);
        }
    }

    /** The place a report at ({@code latitude}, {@code longitude}) or described as {@code description} belongs to. */
    public static Optional<String> match(Double latitude, Double longitude, String description,
                                         List<Candidate> candidates) {
        if (latitude != null && longitude != null) {
            Candidate nearest = null;
            double best = Double.POSITIVE_INFINITY;
            for (Candidate c : candidates) {
                double metres = Geo.haversineKm(latitude, longitude, c.latitude(), c.longitude()) * 1000;
                if (metres <= RADIUS_METRES && metres < best) {
                    best = metres;
                    nearest = c;
                }
            }
            if (nearest != null) {
                return Optional.of(nearest.placeId());
            }
        }
        String key = normalise(description);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return candidates.stream().filter(c -> c.descriptions().stream().anyMatch(d -> key.equals(normalise(d))))
                .map(Candidate::placeId).findFirst();
    }

    /** Lower case, without accents (ä -> a, ß -> ss), punctuation and repeated spaces. */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** What a report made on {@code reportedOn} still weighs on {@code asOf}. */
    public static double weight(LocalDate reportedOn, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(reportedOn, asOf);
        return days < 0 ? 0 : Math.pow(0.5, (double) days / HALF_LIFE_DAYS);
    }

    public static double score(List<LocalDate> reportedOn, LocalDate asOf) {
        return reportedOn.stream().mapToDouble(d -> weight(d, asOf)).sum();
    }

    /** 1 + the whole part of the score, from 1 to {@link #MAX_PRIORITY}. */
    public static int priority(double score) {
        return (int) Math.max(1, Math.min(MAX_PRIORITY, 1 + Math.floor(score + 1e-9)));
    }
}
