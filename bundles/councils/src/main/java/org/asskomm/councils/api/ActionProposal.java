package org.asskomm.councils.api;

import java.time.LocalDate;

/**
 * An action field proposed to a municipality's council by another module, e.g. a problem the safety analysis ranked
 * high ({@code source} "analysis", {@code sourceId} the analysis): material for a working group's mandate.
 *
 * @param rank 1 for the most pressing proposal of its publication
 * @param problem the source's own key of the problem (a survey item), or null
 */
public record ActionProposal(String id, String municipality, String title, String problem, int rank, String source,
                             String sourceId, LocalDate proposedOn) {
}
