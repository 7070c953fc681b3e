package org.asskomm.councils.api;

import java.time.LocalDate;
import java.util.List;

/** A council meeting with its agenda, who attended (members only) and its decisions. */
public record Meeting(String id, String councilId, LocalDate heldOn, String title, String location,
                      List<String> agenda, List<String> attendeeIds, List<Decision> decisions, int version) {

    public Meeting {
        agenda = List.copyOf(agenda);
        attendeeIds = List.copyOf(attendeeIds);
        decisions = List.copyOf(decisions);
    }
}
