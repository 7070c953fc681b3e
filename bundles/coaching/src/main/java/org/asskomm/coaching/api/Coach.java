package org.asskomm.coaching.api;

import java.util.List;
import java.util.UUID;

/**
 * A coach of the central pool (kept by the LPR).
 *
 * @param regions  the districts (Landkreise, kreisfreie Städte) the coach works in
 * @param topics   the topics the coach advises on
 * @param capacity how many municipalities the coach can coach at the same time
 */
public record Coach(UUID id, String name, String email, List<String> regions, List<String> topics, int capacity,
                    int version) {
}
