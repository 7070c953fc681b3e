package org.asskomm.pdf;

/**
 * Encodes text to WinAnsiEncoding as a string of chars 0..255 (one per output byte); anything the encoding
 * cannot show becomes {@code ?}.
 */
final class WinAnsi {

    /** Unicode characters of the codes 0x80..0x9F; 0 where the code is undefined. */
    private static final char[] HIGH = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'
    };

    private WinAnsi() {
    }

    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(encode(cp)));
        return out.toString();
    }

    private static char encode(int codePoint) {
        if (codePoint == '\t') {
            return ' ';
        }
        if (codePoint >= 0x20 && codePoint <= 0x7E || codePoint >= 0xA0 && codePoint <= 0xFF) {
            return (char) codePoint;
        }
        for (int i = 0; i < HIGH.length; i++) {
            if (HIGH[i] != 0 && HIGH[i] == codePoint) {
                return (char) (0x80 + i);
            }
        }
        return '?';
    }

    /** An encoded string as a PDF literal string: parentheses and backslash escaped. */
    static String literal(String encoded) {
        StringBuilder out = new StringBuilder(encoded.length() + 2).append('(');
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '(' || c == ')' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append(')').toString();
    }
}
