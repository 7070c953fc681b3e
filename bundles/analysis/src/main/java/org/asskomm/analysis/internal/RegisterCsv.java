package org.asskomm.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.asskomm.analysis.api.AgeGroup;
import org.asskomm.analysis.api.Sex;

/**
 * Reads a register extract (Melderegisterauszug): semicolon separated, header
 * {@code Name;Vorname;Straße;PLZ;Ort;Geburtsjahr;Geschlecht} (column order free), one resident aged 16 or over per
 * line, sex {@code m}, {@code w} or {@code d}. Every problem is an error of its line.
 */
final class RegisterCsv {

    static final List<String> COLUMNS = List.of("Name", "Vorname", "Straße", "PLZ", "Ort", "Geburtsjahr",
            "Geschlecht");

    /** One resident; {@code line} is the number of the data line (1 = the first line after the header). */
    record Person(int line, String familyName, String givenNames, String street, String postcode, String city,
                  AgeGroup ageGroup, Sex sex) {
    }

    private RegisterCsv() {
    }

    static List<Person> read(byte[] content, int referenceYear) {
        Csv csv = Csv.of(content);
        int header = csv.findHeader(COLUMNS);
        csv.throwIfInvalid();
        int[] col = new int[COLUMNS.size()];
        for (int i = 0; i < col.length; i++) {
            col[i] = csv.column(header, COLUMNS.get(i));
        }
        int width = csv.fields(header).size();
        List<Person> persons = new ArrayList<>();
        for (int n = header + 1; n <= csv.lineCount(); n++) {
            List<String> f = csv.fields(n);
            if (f.isEmpty()) {
                continue;
            }
            if (f.size() < width) {
                csv.error(n, "analysis.csv.fields", f.size(), width);
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < 5; i++) {
                String v = f.get(col[i]);
                if (v.isEmpty() || v.length() > 200) {
                    csv.error(n, "analysis.register.required", COLUMNS.get(i));
                    ok = false;
                }
            }
            String postcode = f.get(col[3]);
            if (!postcode.matches("\\d{5}")) {
                csv.error(n, "analysis.register.postcode", Csv.shorten(postcode));
                ok = false;
            }
            AgeGroup age = ageGroup(csv, n, f.get(col[5]), referenceYear);
            Sex sex = sex(f.get(col[6]));
            if (sex == null) {
                csv.error(n, "analysis.register.sex", Csv.shorten(f.get(col[6])));
            }
            if (ok && age != null && sex != null) {
                persons.add(new Person(persons.size() + 1, f.get(col[0]), f.get(col[1]), f.get(col[2]), postcode,
                        f.get(col[4]), age, sex));
            }
        }
        if (persons.isEmpty() && !csv.hasErrors()) {
            csv.error(header, "analysis.register.noRows");
        }
        csv.throwIfInvalid();
        return persons;
    }

    private static AgeGroup ageGroup(Csv csv, int n, String text, int referenceYear) {
        if (!text.matches("\\d{4}")) {
            csv.error(n, "analysis.register.birthYear", Csv.shorten(text));
            return null;
        }
        AgeGroup group = AgeGroup.of(referenceYear - Integer.parseInt(text));
        if (group == null) {
            csv.error(n, "analysis.register.age", text, String.valueOf(referenceYear));
        }
        return group;
    }

    static Sex sex(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "m", "männlich" -> Sex.MALE;
            case "w", "weiblich" -> Sex.FEMALE;
            case "d", "divers" -> Sex.DIVERSE;
            default -> null;
        };
    }
}
