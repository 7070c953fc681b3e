package org.asskomm.platform.core.db;

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

    /**
     * The script's statements, split at the semicolons outside strings, quoted identifiers, comments and
     * dollar-quoted bodies ({@link SqlSplitter}); comments between statements are dropped.
     *
     * @throws IllegalStateException naming the file when a string, comment or dollar quote is left open
     */
    public List<String> statements() {
        try {
            return SqlSplitter.split(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(fileName() + ": " + e.getMessage(), e);
        }
    }
}
