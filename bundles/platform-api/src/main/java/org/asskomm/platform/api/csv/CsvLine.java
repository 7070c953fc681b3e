package org.asskomm.platform.api.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * Reading one CSV record: RFC 4180 quoting ({@code ""} inside quotes), any separator, no line breaks inside
 * fields. The reading counterpart of {@link CsvWriter}, for the imports of the platform and its modules.
 */
public final class CsvLine {

    private CsvLine() {
    }

    /** The fields of {@code line}; a quote left open runs to the end of the line (see {@link #isBalanced}). */
    public static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** False when a quote is left open (an odd number of quote characters), for a reader that refuses such lines. */
    public static boolean isBalanced(String line) {
        return line.chars().filter(c -> c == '"').count() % 2 == 0;
    }
}
