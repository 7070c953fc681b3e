package org.asskomm.platform.core.municipality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.asskomm.platform.api.Municipality;
import org.asskomm.platform.api.csv.CsvLine;
import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.ValidationException;
import org.asskomm.platform.api.i18n.Message;

/**
 * Reads the municipal directory in the CSV form the project ships
 * ({@code ags,ars,name,kreis,typ,flaeche_ha,bevoelkerung,plz}, RFC 4180 quoting, UTF-8).
 * Every problem is reported with its line number; a file with any bad line is rejected whole.
 */
public final class DirectoryCsv {

    static final List<String> HEADER = List.of("ags", "ars", "name", "kreis", "typ", "flaeche_ha", "bevoelkerung", "plz");
    private static final int MAX_ERRORS = 20;
    private static final int MAX_LINES = 20_000;

    private DirectoryCsv() {
    }

    public static List<Municipality> parse(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<FieldError> errors = new ArrayList<>();
        List<Municipality> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String headerLine = reader.readLine();
        if (headerLine != null && headerLine.startsWith("\uFEFF")) {
            headerLine = headerLine.substring(1);
        }
        if (headerLine == null || !isHeader(headerLine)) {
            throw ValidationException.of("line 1", "platform.csv.header", String.join(",", HEADER));
        }
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null && errors.size() < MAX_ERRORS) {
            number++;
            if (number > MAX_LINES) {
                errors.add(FieldError.of("line " + number, "platform.csv.tooManyLines", MAX_LINES));
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                Municipality m = row(split(line));
                if (!seen.add(m.ags())) {
                    throw new Invalid("platform.csv.duplicate", m.ags());
                }
                result.add(m);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("line " + number, e instanceof Invalid invalid ? invalid.text
                        : Message.literal(e.getMessage())));
            }
        }
        if (result.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.of("file", "platform.csv.empty"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return result;
    }

    private static boolean isHeader(String line) {
        try {
            return split(line).equals(HEADER);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Municipality row(List<String> f) {
        if (f.size() != HEADER.size()) {
            throw new Invalid("platform.csv.fieldCount", HEADER.size(), f.size());
        }
        String ags = f.get(0);
        if (!Municipality.isWellFormedKey(ags)) {
            throw new Invalid("platform.csv.ags");
        }
        if (!f.get(1).matches("\\d{12}")) {
            throw new Invalid("platform.csv.ars");
        }
        if (f.get(2).isBlank() || f.get(2).length() > 200 || f.get(3).isBlank() || f.get(3).length() > 200) {
            throw new Invalid("platform.csv.names");
        }
        if (!f.get(7).matches("\\d{5}")) {
            throw new Invalid("platform.csv.plz");
        }
        return new Municipality(ags, f.get(1), f.get(2), f.get(3), number("typ", f.get(4)),
                number("flaeche_ha", f.get(5)), number("bevoelkerung", f.get(6)), f.get(7));
    }

    private static int number(String name, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new Invalid("platform.csv.number", name);
        }
    }

    /** Splits one CSV record (RFC 4180 quoting, no line breaks inside fields); an open quote is an error. */
    static List<String> split(String line) {
        if (!CsvLine.isBalanced(line)) {
            throw new Invalid("platform.csv.quote");
        }
        return CsvLine.split(line, ',');
    }

    /** A line that is not a municipality, with the reason by message key. */
    private static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient Message text;

        Invalid(String key, Object... args) {
            super(key, null);
            this.text = Message.of(key, args);
        }
    }
}
