package org.asskomm.analysis.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.asskomm.analysis.api.CrimeTableLevel;

/**
 * Reads a table in the layout of the BKA's "T01 Grundtabelle - Fälle mit Häufigkeitszahl - Kreise": semicolon
 * separated, German number format, title lines before the header, one row per offence key (column
 * {@code Schlüssel}) and area key (column {@code Gemeindeschlüssel}); see docs/analysis-guide.md. Rows of areas
 * outside Saxony (keys not starting with 14) are skipped; every other problem is an error of its line.
 */
final class CrimeTable {

    static final String TOTAL_KEY = "------";
    static final List<String> REQUIRED = List.of("Schlüssel", "Gemeindeschlüssel", "erfasste Fälle");

    /** One row of the table. */
    record Row(int line, String areaKey, String offenceKey, String offenceName, long cases, Long attempts,
               Long cleared, Long suspects) {
    }

    /** The rows to store and the number of rows skipped as not Saxon. */
    record Result(List<Row> rows, int skipped) {
    }

    private CrimeTable() {
    }

    /**
     * @param knownAreas the area keys that exist: Saxon district keys, or for a municipality table its own AGS
     */
    static Result read(byte[] content, CrimeTableLevel level, Set<String> knownAreas) {
        Csv csv = Csv.of(content);
        int header = csv.findHeader(REQUIRED);
        csv.throwIfInvalid();
        int key = csv.column(header, "Schlüssel");
        int name = csv.column(header, "Straftat");
        int area = csv.column(header, "Gemeindeschlüssel");
        int cases = csv.column(header, "erfasste Fälle");
        int attempts = csv.column(header, "Versuche - Anzahl", "Versuche");
        int cleared = csv.column(header, "aufgeklärte Fälle");
        int suspects = csv.column(header, "Tatverdächtige insgesamt");
        int width = csv.fields(header).size();
        String areaPattern = level == CrimeTableLevel.DISTRICT ? "\\d{5}" : "\\d{8}";
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        int skipped = 0;
        for (int n = header + 1; n <= csv.lineCount(); n++) {
            List<String> f = csv.fields(n);
            if (f.isEmpty() || f.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (f.size() < width) {
                csv.error(n, "analysis.csv.fields", f.size(), width);
                continue;
            }
            String areaKey = f.get(area);
            if (!areaKey.matches(areaPattern)) {
                csv.error(n, level == CrimeTableLevel.DISTRICT ? "analysis.crime.districtKey" : "analysis.crime.ags",
                        Csv.shorten(areaKey));
                continue;
            }
            if (!areaKey.startsWith("14")) {
                skipped++;
                continue;
            }
            String offenceKey = f.get(key);
            boolean keyOk = offenceKey.equals(TOTAL_KEY) || offenceKey.matches("[0-9*]{6}");
            if (!keyOk) {
                csv.error(n, "analysis.crime.offenceKey", Csv.shorten(offenceKey));
            }
            if (!knownAreas.contains(areaKey)) {
                csv.error(n, level == CrimeTableLevel.DISTRICT ? "analysis.crime.unknownDistrict"
                        : "analysis.crime.unknownMunicipality", areaKey);
            }
            Long c = csv.count(n, "erfasste Fälle", f.get(cases));
            Long a = attempts < 0 ? null : csv.count(n, "Versuche", f.get(attempts));
            Long cl = cleared < 0 ? null : csv.count(n, "aufgeklärte Fälle", f.get(cleared));
            Long s = suspects < 0 ? null : csv.count(n, "Tatverdächtige insgesamt", f.get(suspects));
            if (c == null) {
                if (f.get(cases).isEmpty() || f.get(cases).equals("-")) {
                    csv.error(n, "analysis.crime.casesRequired");
                }
                continue;
            }
            if (a != null && a > c) {
                csv.error(n, "analysis.crime.attempts", a, c);
            }
            if (cl != null && cl > c) {
                csv.error(n, "analysis.crime.cleared", cl, c);
            }
            Integer first = seen.putIfAbsent(areaKey + "/" + offenceKey, n);
            if (first != null) {
                csv.error(n, "analysis.crime.duplicate", offenceKey, areaKey, first);
                continue;
            }
            String offenceName = name < 0 || f.get(name).isEmpty() ? offenceKey : f.get(name);
            if (keyOk) {
                rows.add(new Row(n, areaKey, offenceKey, offenceName.length() > 300 ? offenceName.substring(0, 300)
                        : offenceName, c, a, cl, s));
            }
        }
        checkTotals(csv, rows);
        csv.throwIfInvalid();
        if (rows.isEmpty()) {
            csv.error(header, "analysis.crime.noRows");
            csv.throwIfInvalid();
        }
        return new Result(rows, skipped);
    }

    /** No offence key of an area has more cases than the area's total ({@code ------}). */
    private static void checkTotals(Csv csv, List<Row> rows) {
        Map<String, Long> totals = new HashMap<>();
        for (Row r : rows) {
            if (r.offenceKey().equals(TOTAL_KEY)) {
                totals.put(r.areaKey(), r.cases());
            }
        }
        for (Row r : rows) {
            Long total = totals.get(r.areaKey());
            if (total != null && r.cases() > total) {
                csv.error(r.line(), "analysis.crime.aboveTotal", r.cases(), r.offenceKey(), total);
            }
        }
    }
}
