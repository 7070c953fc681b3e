package org.asskomm.patrol.api;

import java.time.LocalDate;
import java.util.List;

/** Share of places patrolled within {@code days} before {@code asOf}, and untouched places reached since the start. */
public record Coverage(String compoundId, LocalDate asOf, int days, List<MunicipalityCoverage> municipalities,
                       int formerlyUntouchedPlaces, int formerlyUntouchedReached) {

    public Coverage {
        municipalities = List.copyOf(municipalities);
    }
}
