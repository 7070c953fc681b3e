package org.asskomm.itests;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Synthetic input files for {@link AnalysisIT} in the published layouts: the BKA's T01 district table
 * (semicolon separated, German number format, Windows-1252, a title line before the header) and a register extract.
 * Every figure is invented; none is a real statistic.
 */
final class AnalysisFiles {

    static final String T01_HEADER = "Schlüssel;Straftat;Gemeindeschlüssel;Stadt-/Landkreis;Kreisart;erfasste Fälle;"
            + "HZ nach Zensus;Versuche - Anzahl;Versuche - Anteil in %;mit Schusswaffe gedroht;"
            + "mit Schusswaffe geschossen;aufgeklärte Fälle;Aufklärungsquote;Tatverdächtige insgesamt;"
            + "Tatverdächtige männlich;Tatverdächtige weiblich;Nichtdeutsche Tatverdächtige - Anzahl;"
            + "Nichtdeutsche Tatverdächtige - Anteil in %";
    static final Map<String, String> OFFENCES = new TreeMap<>(Map.of("------", "Straftaten insgesamt",
            "435*00", "Wohnungseinbruchdiebstahl", "674000", "Sachbeschädigung"));

    /** A person of the synthetic register: the line (1-based, data lines), age group and sex as the API names them. */
    record Person(int line, String ageGroup, String sex) {
    }

    private AnalysisFiles() {
    }

    /** Invented cases of a district row: depends on the district's position and the offence. */
    static long districtCases(int position, String offence) {
        return switch (offence) {
            case "------" -> 20_000 + 1_000L * position + 37L * position * position;
            case "435*00" -> 300 + 11L * position;
            default -> 2_000 + 97L * position;
        };
    }

    /** German format with thousands dots: 12.345. */
    static String german(long n) {
        return String.format(Locale.GERMANY, "%,d", n);
    }

    static byte[] t01(List<String> districts, int year) {
        StringBuilder csv = new StringBuilder("PKS " + year + " - T01 Grundtabelle - Fälle mit Häufigkeitszahl - Kreise"
                + " (SYNTHETISCHE TESTDATEN)\r\n").append(T01_HEADER).append("\r\n");
        for (String key : OFFENCES.keySet()) {
            for (int i = 0; i < districts.size(); i++) {
                csv.append(row(key, districts.get(i), districtCases(i, key)));
            }
            csv.append(row(key, "09162", 99_999));   // München: another federal state, skipped
        }
        return csv.toString().getBytes(Charset.forName("windows-1252"));
    }

    static String row(String key, String area, long cases) {
        long attempts = cases / 10;
        return key + ";" + OFFENCES.getOrDefault(key, "Unbekannt") + ";" + area + ";Kreis " + area + ";LK;"
                + german(cases) + ";1.234,5;" + german(attempts) + ";10,0;0;0;" + german(cases / 2) + ";50,0;"
                + german(cases / 3) + ";" + german(cases / 4) + ";" + german(cases / 12) + ";" + german(cases / 20)
                + ";5,0\r\n";
    }

    /** A municipality-level table of the same shape for one AGS. */
    static byte[] municipalTable(String ags, Map<String, Long> cases) {
        StringBuilder csv = new StringBuilder(T01_HEADER.replace("Stadt-/Landkreis", "Gemeinde")).append("\r\n");
        cases.forEach((key, n) -> csv.append(row(key, ags, n)));
        return csv.toString().getBytes(Charset.forName("windows-1252"));
    }

    /** Cases * 100,000 / population, two decimals, half up. */
    static BigDecimal rate(long cases, long population) {
        return BigDecimal.valueOf(cases * 100_000).divide(BigDecimal.valueOf(population), 2, RoundingMode.HALF_UP);
    }

    /** 10,000 residents aged 16+, ages skewed old as in small Saxon towns, sexes 49/50/1 %. */
    static List<Person> register(int size, int referenceYear, StringBuilder csv) {
        Random random = new Random(2024);
        csv.append("Name;Vorname;Straße;PLZ;Ort;Geburtsjahr;Geschlecht\n");
        List<Person> persons = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            int age = Math.min(98, 16 + (int) Math.abs(random.nextGaussian() * 30));
            double s = random.nextDouble();
            String sex = s < 0.49 ? "m" : s < 0.99 ? "w" : "d";
            csv.append("Testperson").append(i).append(";Synthetisch;Musterstraße ").append(i % 200 + 1)
                    .append(";09669;Frankenberg/Sa.;").append(referenceYear - age).append(';').append(sex).append('\n');
            persons.add(new Person(i, ageGroup(age), sex.equals("m") ? "MALE" : sex.equals("w") ? "FEMALE"
                    : "DIVERSE"));
        }
        return persons;
    }

    static String ageGroup(int age) {
        int[] lower = {16, 25, 35, 45, 55, 65, 75};
        String[] names = {"A16_24", "A25_34", "A35_44", "A45_54", "A55_64", "A65_74", "A75_PLUS"};
        for (int i = lower.length - 1; i >= 0; i--) {
            if (age >= lower[i]) {
                return names[i];
            }
        }
        throw new IllegalArgumentException("age " + age);
    }

    /**
     * t(0.975, df) computed independently of the module: Simpson integration of the unnormalised Student density,
     * then bisection.
     */
    static double t975(int df) {
        double total = integral(df, 80);
        double lo = 0;
        double hi = 80;
        for (int i = 0; i < 60; i++) {
            double mid = (lo + hi) / 2;
            if (integral(df, mid) / total < 0.475 * 2) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    private static double integral(int df, double upTo) {
        int steps = 20_000;
        double h = upTo / steps;
        double sum = density(df, 0) + density(df, upTo);
        for (int i = 1; i < steps; i++) {
            sum += (i % 2 == 0 ? 2 : 4) * density(df, i * h);
        }
        return sum * h / 3;
    }

    private static double density(int df, double x) {
        return Math.pow(1 + x * x / df, -(df + 1) / 2.0);
    }

    /** The index recomputed here: mean of respondent means over the index items, t interval, post-stratified mean. */
    static void checkIndex(JsonNode index, List<Map<String, Integer>> answers, List<String> cells,
                                   Map<String, Integer> population) {
        List<Double> values = new ArrayList<>();
        List<String> valueCells = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            double sum = 0;
            int n = 0;
            for (String item : List.of("SAFE_DAY", "SAFE_NIGHT", "FEAR_BURGLARY", "FEAR_ASSAULT", "FEAR_THEFT")) {
                if (answers.get(i).containsKey(item)) {
                    sum += answers.get(i).get(item);
                    n++;
                }
            }
            if (n > 0) {
                values.add(sum / n);
                valueCells.add(cells.get(i));
            }
        }
        int n = values.size();
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / n;
        double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        double sd = Math.sqrt(ss / (n - 1));
        double half = AnalysisFiles.t975(n - 1) * sd / Math.sqrt(n);
        assertEquals(n, index.get("respondents").asInt());
        assertEquals(mean, index.get("mean").asDouble(), 1e-4);
        assertEquals(sd, index.get("standardDeviation").asDouble(), 1e-4);
        assertEquals(mean - half, index.get("lower").asDouble(), 2e-4);
        assertEquals(mean + half, index.get("upper").asDouble(), 2e-4);
        Map<String, Integer> responding = new HashMap<>();
        valueCells.forEach(c -> responding.merge(c, 1, Integer::sum));
        double sumW = 0;
        double sumWx = 0;
        for (int i = 0; i < n; i++) {
            double w = (population.get(valueCells.get(i)) / 10_000.0) / (responding.get(valueCells.get(i)) / (double) n);
            sumW += w;
            sumWx += w * values.get(i);
        }
        assertEquals(sumWx / sumW, index.get("weightedMean").asDouble(), 1e-4);
        System.out.println("AnalysisIT: index " + index);
    }
}
