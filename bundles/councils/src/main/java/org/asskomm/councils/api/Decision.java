package org.asskomm.councils.api;

import java.util.List;

/** A decision taken in a meeting with the recorded votes of voting members. */
public record Decision(String id, String meetingId, String text, List<Vote> votes, long yes, long no, long abstain) {

    public Decision {
        votes = List.copyOf(votes);
    }
}
