package org.asskomm.analysis.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.asskomm.analysis.api.AgeGroup;
import org.asskomm.analysis.api.CrimeTableLevel;
import org.asskomm.analysis.api.Sex;
import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.ValidationException;
import org.junit.jupiter.api.Test;

/** The file readers: layouts, encodings, and one error per faulty line. */
class CsvReadersTest {

    private static final String HEADER = "Schlüssel;Straftat;Gemeindeschlüssel;Stadt-/Landkreis;erfasste Fälle;"
            + "Versuche - Anzahl\n";

    @Test
    void windows1252WithTitleLinesAndQuotes() {
        String table = "PKS 2023\n\n" + HEADER + "------;\"Straftaten; insgesamt\";14522;Mittelsachsen;12.345;1.000\n"
                + "674000;Sachbeschädigung;14522;Mittelsachsen;2.001;-\n";
        CrimeTable.Result r = CrimeTable.read(table.getBytes(Charset.forName("windows-1252")),
                CrimeTableLevel.DISTRICT, Set.of("14522"));
        assertEquals(2, r.rows().size());
        assertEquals("Straftaten; insgesamt", r.rows().get(0).offenceName());
        assertEquals(12_345L, r.rows().get(0).cases());
        assertEquals("Sachbeschädigung", r.rows().get(1).offenceName());
        assertEquals(null, r.rows().get(1).attempts());
    }

    @Test
    void aMunicipalityTableTakesOnlyItsOwnKey() {
        String table = HEADER + "------;Alle;14522150;Frankenberg;800;0\n------;Alle;14522140;Flöha;1;0\n"
                + "------;Alle;14522;Mittelsachsen;1;0\n";
        ValidationException e = assertThrows(ValidationException.class, () -> CrimeTable.read(
                table.getBytes(StandardCharsets.UTF_8), CrimeTableLevel.MUNICIPALITY, Set.of("14522150")));
        assertEquals(List.of("line 3", "line 4"), e.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aMissingHeaderIsAnErrorOfLineOne() {
        ValidationException e = assertThrows(ValidationException.class, () -> CrimeTable.read(
                "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8), CrimeTableLevel.DISTRICT, Set.of("14522")));
        assertEquals("line 1", e.errors().get(0).field());
    }

    @Test
    void registerExtract() {
        String csv = "Geschlecht;Name;Vorname;Straße;PLZ;Ort;Geburtsjahr\nw;Muster;Erika;Weg 1;09669;Frankenberg;1950\n"
                + "m;Muster;Max;Weg 2;09669;Frankenberg;2015\nx;Muster;Y;Weg 3;9669;Frankenberg;19x0\n";
        ValidationException e = assertThrows(ValidationException.class, () -> RegisterCsv.read(
                csv.getBytes(StandardCharsets.UTF_8), 2026));
        assertEquals(List.of("line 3", "line 4", "line 4", "line 4"), e.errors().stream().map(FieldError::field)
                .toList());
        List<RegisterCsv.Person> ok = RegisterCsv.read(csv.substring(0, csv.indexOf("m;Muster"))
                .getBytes(StandardCharsets.UTF_8), 2026);
        assertEquals(AgeGroup.A75_PLUS, ok.get(0).ageGroup());
        assertEquals(Sex.FEMALE, ok.get(0).sex());
    }
}
