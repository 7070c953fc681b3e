package org.asskomm.coaching.api;

import java.util.List;

/** A new coach, or the new state of one ({@code version} only for a change). */
public record CoachRequest(String name, String email, List<String> regions, List<String> topics, Integer capacity,
                           Integer version) {
}
