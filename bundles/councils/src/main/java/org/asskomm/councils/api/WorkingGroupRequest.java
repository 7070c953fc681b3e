package org.asskomm.councils.api;

import java.util.List;

/** Sets up or changes a working group; {@code version} only for changes. */
public record WorkingGroupRequest(String name, String mandate, List<String> actionFields, List<String> memberIds,
                                  String situationDescription, String recommendations, String measurableGoals,
                                  Integer version) {
}
