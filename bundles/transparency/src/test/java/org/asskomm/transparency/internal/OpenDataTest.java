package org.asskomm.transparency.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asskomm.journey.api.JourneySummary;
import org.junit.Test;

public class OpenDataTest {

    private static JourneySummary summary(String ags, String district, String... stages) {
        Map<String, LocalDate> reached = new LinkedHashMap<>();
        for (String s : stages) {
            reached.put(s, LocalDate.of(2026, 3, 1));
        }
        return new JourneySummary(ags, "Gemeinde " + ags, district, reached);
    }

    @Test
    public void countsEachMunicipalityOncePerStageAndDistrict() {
        List<DistrictFigures> figures = OpenData.districtFigures(List.of(
                summary("14521010", "Erzgebirgskreis", "FIRST_CONTACT", "CONSULTATIONS", "AGREEMENT"),
                summary("14521020", "Erzgebirgskreis", "CONSULTATIONS", "COUNCIL", "SAFETY_ANALYSIS"),
                summary("14612000", "Dresden, Stadt", "FIRST_CONTACT")));
        assertEquals(List.of(new DistrictFigures("Dresden, Stadt", 0, 0, 0, 0),
                new DistrictFigures("Erzgebirgskreis", 2, 1, 1, 1)), figures);
    }
}
