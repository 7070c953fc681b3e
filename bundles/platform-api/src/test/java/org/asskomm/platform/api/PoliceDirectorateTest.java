package org.asskomm.platform.api;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.asskomm.platform.api.csv.CsvLine;
import org.junit.Test;

public class PoliceDirectorateTest {

    /** The directory the platform ships (platform-core), the source of the district keys. */
    private static final Path DIRECTORY = Path.of("../platform-core/src/main/resources/data/sachsen-gemeinden-2023-11-30.csv");

    @Test
    public void everyDistrictOfTheDirectoryBelongsToExactlyOneDirectorate() throws Exception {
        Map<String, String> districtNames = new TreeMap<>();
        List<String> lines = Files.readAllLines(DIRECTORY, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            List<String> cells = CsvLine.split(line, ',');
            districtNames.put(cells.get(0).substring(0, 5), cells.get(3));
        }
        assertEquals("13 Saxon districts in the directory", 13, districtNames.size());
        Map<String, String> directorateOf = new HashMap<>();
        for (PoliceDirectorate d : PoliceDirectorate.all()) {
            for (String district : d.districts()) {
                assertEquals("district " + district + " in two directorates", null, directorateOf.put(district, d.id()));
            }
        }
        assertEquals(districtNames.keySet(), directorateOf.keySet());
        assertEquals(Set.of("chemnitz", "dresden", "goerlitz", "leipzig", "zwickau"),
                Set.copyOf(PoliceDirectorate.all().stream().map(PoliceDirectorate::id).toList()));
        // the mapping of the Saxon police's organisation, by district name
        Map<String, String> expected = Map.ofEntries(Map.entry("Chemnitz, Stadt", "chemnitz"),
                Map.entry("Erzgebirgskreis", "chemnitz"), Map.entry("Mittelsachsen", "chemnitz"),
                Map.entry("Dresden, Stadt", "dresden"), Map.entry("Meißen", "dresden"),
                Map.entry("Sächsische Schweiz-Osterzgebirge", "dresden"), Map.entry("Bautzen", "goerlitz"),
                Map.entry("Görlitz", "goerlitz"), Map.entry("Leipzig, Stadt", "leipzig"), Map.entry("Leipzig", "leipzig"),
                Map.entry("Nordsachsen", "leipzig"), Map.entry("Zwickau", "zwickau"), Map.entry("Vogtlandkreis", "zwickau"));
        expected.forEach((district, directorate) ->
                assertEquals(district, directorate, directorateOf.get(keyOf(districtNames, district))));
        assertEquals("Polizeidirektion Görlitz", PoliceDirectorate.find("goerlitz").orElseThrow().name());
    }

    private static String keyOf(Map<String, String> districtNames, String name) {
        return districtNames.entrySet().stream().filter(e -> e.getValue().equals(name)).findFirst().orElseThrow().getKey();
    }

    @Test
    public void aDirectorateRoleReadsItsDistrictsOnly() {
        CurrentUser chemnitz = new CurrentUser("pd-c", Set.of("police-chemnitz"));
        assertTrue(chemnitz.policeMayRead("14522150"));     // Frankenberg/Sa., Mittelsachsen
        assertFalse(chemnitz.policeMayRead("14612000"));    // Dresden
        assertFalse(chemnitz.policeMayRead(null));
        assertFalse(chemnitz.isPolice());
        assertTrue(chemnitz.isAnyPolice());
        assertFalse(chemnitz.mayRead("14522150"));          // not a municipality's or viewer's right
        assertEquals(Set.of("14511", "14521", "14522"), chemnitz.policeDistricts());

        CurrentUser stateWide = new CurrentUser("lpp", Set.of(CurrentUser.POLICE));
        assertTrue(stateWide.policeMayRead("14612000"));
        assertTrue(stateWide.policeDistricts().isEmpty());

        CurrentUser unknown = new CurrentUser("x", Set.of("police-berlin"));
        assertFalse(unknown.isAnyPolice());
        assertFalse(unknown.policeMayRead("14522150"));
        assertFalse(new CurrentUser("clerk", Set.of("municipality-14522150")).policeMayRead("14522150"));
    }
}
