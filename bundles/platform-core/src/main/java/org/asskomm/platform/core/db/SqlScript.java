package org.asskomm.platform.core.db;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/** One versioned migration script, {@code V<n>__<description>.sql}, split into statements. */
public record SqlScript(int version, String description, String text) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([A-Za-z0-9_]+)\\.sql");

    /** Parses a script's file name; null when the name does not follow the convention. */
    public static SqlScript of(String fileName, String text) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        return new SqlScript(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), text);
    }

    /** The script's file name, as operators see it in the bundle and in error messages. */
    public String fileName() {
        return "V" + version + "__" + description.replace(' ', '_') + ".sql";
    }

    public long checksum() {
        CRC32 crc = new CRC32();
        crc.update(text.replace("\r\n", "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue();
    }

    /** Statements end with a semicolon at the end of a line; lines starting with {@code --} are comments. */
    public List<String> statements() {
        List<String> result = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\r?\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            sb.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String stmt = sb.toString().trim();
                result.add(stmt.substring(0, stmt.length() - 1));
                sb.setLength(0);
            }
        }
        if (!sb.toString().isBlank()) {
            result.add(sb.toString().trim());
        }
        return result;
    }
}
