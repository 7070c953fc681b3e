package org.asskomm.patrol.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A place of a compound with citizens' reports, as of a day.
 *
 * @param reports        reports clustered onto the place up to {@code asOf}
 * @param score          the sum of the reports' weights, each halved every {@code halfLifeDays} since it was reported
 * @param priority       1 to 5 from the score (1 + whole part of the score); what the planner uses when it is
 *                       above the place's own priority
 * @param placePriority  the place's own priority
 * @param categories     the reports' categories, most frequent first
 */
public record Hotspot(String placeId, String ags, String name, LocalDate asOf, int reports, LocalDate lastReportedOn,
                      double score, int priority, int placePriority, int halfLifeDays, List<String> categories) {

    public Hotspot {
        categories = List.copyOf(categories);
    }
}
