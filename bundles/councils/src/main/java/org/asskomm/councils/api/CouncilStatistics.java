package org.asskomm.councils.api;

import java.util.List;

/** Public state-wide aggregates: no names, no records. */
public record CouncilStatistics(List<StatusInDistrict> byStatusAndDistrict, List<Year> perYear,
                                List<SectorTotal> membersBySector) {

    public record StatusInDistrict(String district, CouncilStatus status, long councils) {
    }

    /** Councils constituted and reactivated in a year, from the status history. */
    public record Year(int year, long constituted, long reactivated) {
    }

    /** Members sitting on a council today. */
    public record SectorTotal(Sector sector, long members) {
    }
}
