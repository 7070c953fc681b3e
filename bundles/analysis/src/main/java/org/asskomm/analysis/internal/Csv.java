package org.asskomm.analysis.internal;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.asskomm.platform.api.csv.CsvLine;
import org.asskomm.platform.api.error.FieldError;
import org.asskomm.platform.api.error.ValidationException;

/**
 * Semicolon-separated files as German offices write them: UTF-8 or Windows-1252, optional quotes, title lines
 * before the header. Errors are collected per line ({@code line 12}) and thrown together as one 400.
 */
final class Csv {

    /** At most this many line errors are reported; the rest are counted. */
    static final int MAX_ERRORS = 100;

    private final List<String> lines;
    private final List<FieldError> errors = new ArrayList<>();
    private int moreErrors;

    private Csv(List<String> lines) {
        this.lines = lines;
    }

    static Csv of(byte[] content) {
        if (content == null || content.length == 0) {
            throw ValidationException.of("body", "analysis.csv.empty");
        }
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Csv(List.of(text.split("\r\n|\n|\r", -1)));
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return new String(content, Charset.forName("windows-1252"));
        }
    }

    int lineCount() {
        return lines.size();
    }

    /** The fields of a line (1-based number); an empty list for a blank line. */
    List<String> fields(int lineNo) {
        String line = lines.get(lineNo - 1);
        List<String> fields = new ArrayList<>();
        if (line.isBlank()) {
            return fields;
        }
        CsvLine.split(line, ';').forEach(f -> fields.add(f.trim()));
        return fields;
    }

    /**
     * The number of the header line: the first line among the first 20 that contains every one of the required
     * column names; 0 when there is none (reported as an error of line 1).
     */
    int findHeader(List<String> required) {
        for (int n = 1; n <= Math.min(20, lines.size()); n++) {
            List<String> names = fields(n).stream().map(Csv::normalise).toList();
            if (required.stream().map(Csv::normalise).allMatch(names::contains)) {
                return n;
            }
        }
        error(1, "analysis.csv.noHeader", String.join(";", required));
        return 0;
    }

    /** The index of the column in the header line, trying the given names; -1 when absent. */
    int column(int headerLine, String... names) {
        List<String> header = fields(headerLine).stream().map(Csv::normalise).toList();
        for (String name : names) {
            int i = header.indexOf(normalise(name));
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    static String normalise(String name) {
        return name.replace("\"", "").replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
    }

    /** An error of line {@code lineNo} (the field {@code line <n>}) by message key; the line number stays the field. */
    void error(int lineNo, String key, Object... args) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(FieldError.of("line " + lineNo, key, args));
        } else {
            moreErrors++;
        }
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            List<FieldError> all = new ArrayList<>(errors);
            if (moreErrors > 0) {
                all.add(FieldError.of("body", "analysis.csv.moreErrors", moreErrors));
            }
            throw new ValidationException(all);
        }
    }

    /**
     * A whole number in German format ({@code 1.234}); {@code -} or empty is null. Reports an error of the line
     * and returns null when the text is not one.
     */
    Long count(int lineNo, String column, String text) {
        if (text == null || text.isEmpty() || text.equals("-")) {
            return null;
        }
        String digits = text.replace(".", "");
        if (!digits.matches("\\d{1,12}")) {
            error(lineNo, "analysis.csv.wholeNumber", column, shorten(text));
            return null;
        }
        return Long.valueOf(digits);
    }

    /** A decimal in German format ({@code 1.234,56}, at most two decimals); reports an error and returns null. */
    BigDecimal decimal(int lineNo, String column, String text) {
        if (text != null && text.matches("-?\\d{1,3}(\\.\\d{3})*(,\\d{1,2})?|-?\\d{1,12}(,\\d{1,2})?")) {
            return new BigDecimal(text.replace(".", "").replace(',', '.'));
        }
        error(lineNo, "analysis.csv.decimal", column, shorten(String.valueOf(text)));
        return null;
    }

    static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
