package org.asskomm.platform.api.csv;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Writes CSV (RFC 4180: comma, CRLF, fields with comma, quote, CR or LF quoted, quotes doubled) that a
 * spreadsheet opens as data, never as formulas.
 * <p>
 * Text cells that begin with {@code = + - @}, a tab or a carriage return are prefixed with an apostrophe
 * (OWASP's advice against CSV injection): Excel and LibreOffice then show the text instead of evaluating
 * {@code =HYPERLINK(...)} or {@code @SUM(...)}. Numbers ({@link Number} cells) are written as they are, so
 * that a negative amount stays a number.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder();

    /** A writer whose first row is {@code header}. */
    public CsvWriter(String... header) {
        if (header.length > 0) {
            row((Object[]) header);
        }
    }

    /**
     * Appends one row. {@code null} is an empty cell; a {@link BigDecimal} is written in plain notation,
     * another {@link Number} by {@code toString()}; anything else as guarded text.
     */
    public CsvWriter row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    /** One cell as it appears in the file. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number number) {
            return number.toString();
        }
        return text(value.toString());
    }

    /** A text cell: formula guard first, then RFC 4180 quoting. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** The file's bytes, UTF-8 without a byte-order mark. */
    public byte[] toBytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
