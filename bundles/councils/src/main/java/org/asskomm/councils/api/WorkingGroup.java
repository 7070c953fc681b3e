package org.asskomm.councils.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A working group of a council with its action fields and members, and what it must deliver:
 * a situation description, recommendations and measurable goals.
 */
public record WorkingGroup(String id, String councilId, String name, String mandate, List<String> actionFields,
                           List<String> memberIds, String situationDescription, String recommendations,
                           String measurableGoals, LocalDate createdOn, int version) {

    public WorkingGroup {
        actionFields = List.copyOf(actionFields);
        memberIds = List.copyOf(memberIds);
    }
}
