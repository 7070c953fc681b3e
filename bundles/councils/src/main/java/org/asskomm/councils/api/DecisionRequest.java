package org.asskomm.councils.api;

import java.util.List;

/** Records a decision; {@code votes} may be empty (decided by consensus), but only attending voting members vote. */
public record DecisionRequest(String text, List<Vote> votes) {
}
