package org.asskomm.councils.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The coordination office (Koordinierungsstelle) that prepares and runs a council.
 *
 * @param setUpOn set when the council moves to COORDINATION_OFFICE
 */
public record CoordinationOffice(String councilId, LocalDate plannedOn, LocalDate setUpOn, BigDecimal hoursPerWeek,
                                 List<OfficeStaff> staff, int version) {

    public CoordinationOffice {
        staff = staff == null ? List.of() : List.copyOf(staff);
    }
}
