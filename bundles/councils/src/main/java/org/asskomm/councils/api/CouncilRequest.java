package org.asskomm.councils.api;

import java.time.LocalDate;
import java.util.List;

/** Opens a council record as PLANNED, with its coordination office to be set up. */
public record CouncilRequest(String municipality, String name, CouncilScope scope, List<String> partnerMunicipalities,
                             LocalDate plannedOn) {
}
