package org.asskomm.councils.api;

import java.time.LocalDate;
import java.util.List;

/** Who sat on a council on a given day, by sector (every sector listed, zeros included). */
public record Composition(String councilId, LocalDate at, List<SectorCount> sectors, long voting, long advisory) {

    public record SectorCount(Sector sector, long voting, long advisory) {
    }
}
