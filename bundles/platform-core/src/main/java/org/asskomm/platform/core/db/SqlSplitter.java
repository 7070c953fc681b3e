package org.asskomm.platform.core.db;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a migration script into statements at the semicolons that are SQL, not text: a small lexer that skips
 * single-quoted strings ({@code ''} escapes; backslash escapes in PostgreSQL {@code E'...'}), double-quoted
 * identifiers, {@code --} and (nested, as in PostgreSQL) block comments, and dollar-quoted bodies ({@code $$ ... $$},
 * {@code $tag$ ... $tag$}) such as a plpgsql function. Comments outside statements are dropped, since a statement
 * made of a comment alone is not one; everything else is passed through unchanged.
 */
final class SqlSplitter {

    private final String sql;
    private final List<String> statements = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int pos;

    private SqlSplitter(String sql) {
        this.sql = sql;
    }

    /**
     * @throws IllegalArgumentException when a string, identifier, comment or dollar quote is not closed, naming the
     *         line where it starts: the script would otherwise run with the rest of the file swallowed
     */
    static List<String> split(String sql) {
        SqlSplitter splitter = new SqlSplitter(sql);
        splitter.run();
        return splitter.statements;
    }

    private void run() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (c == ';') {
                endStatement();
                pos++;
            } else if (c == '\'') {
                copyQuoted('\'', isEscapeString(), "string");
            } else if (c == '"') {
                copyQuoted('"', false, "quoted identifier");
            } else if (startsWith("--")) {
                int end = sql.indexOf('\n', pos);
                pos = end < 0 ? sql.length() : end; // the newline itself stays: it separates tokens
            } else if (startsWith("/*")) {
                skipBlockComment();
            } else if (c == '$' && dollarTag() != null) {
                copyDollarQuoted(dollarTag());
            } else {
                current.append(c);
                pos++;
            }
        }
        endStatement();
    }

    private void endStatement() {
        String statement = current.toString().trim();
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
        current.setLength(0);
    }

    /** An {@code E'...'} string (PostgreSQL): a backslash escapes the next character, {@code \'} included. */
    private boolean isEscapeString() {
        return pos > 0 && (sql.charAt(pos - 1) == 'E' || sql.charAt(pos - 1) == 'e')
                && (pos < 2 || !isIdentifierPart(sql.charAt(pos - 2)));
    }

    private void copyQuoted(char quote, boolean backslashEscapes, String what) {
        int start = pos;
        current.append(quote);
        pos++;
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (backslashEscapes && c == '\\' && pos + 1 < sql.length()) {
                current.append(c).append(sql.charAt(pos + 1));
                pos += 2;
            } else if (c == quote && pos + 1 < sql.length() && sql.charAt(pos + 1) == quote) {
                current.append(c).append(c); // doubled quote: an escaped quote, not the end
                pos += 2;
            } else {
                current.append(c);
                pos++;
                if (c == quote) {
                    return;
                }
            }
        }
        throw unterminated(what, start);
    }

    private void skipBlockComment() {
        int start = pos;
        int depth = 0;
        while (pos < sql.length()) {
            if (startsWith("/*")) {
                depth++;
                pos += 2;
            } else if (startsWith("*/")) {
                depth--;
                pos += 2;
                if (depth == 0) {
                    current.append(' '); // a comment separates tokens: a/**/b is two tokens
                    return;
                }
            } else {
                pos++;
            }
        }
        throw unterminated("block comment", start);
    }

    /**
     * The opening tag at {@code pos} ({@code $$} or {@code $name$}), or null: {@code $1} is a parameter, and a
     * {@code $} inside an identifier ({@code a$b$}) opens nothing, as in PostgreSQL.
     */
    private String dollarTag() {
        if (pos > 0 && isIdentifierPart(sql.charAt(pos - 1))) {
            return null;
        }
        int i = pos + 1;
        if (i < sql.length() && Character.isDigit(sql.charAt(i))) {
            return null;
        }
        while (i < sql.length() && sql.charAt(i) != '$') {
            if (!isIdentifierPart(sql.charAt(i))) {
                return null;
            }
            i++;
        }
        return i < sql.length() ? sql.substring(pos, i + 1) : null;
    }

    private void copyDollarQuoted(String tag) {
        int end = sql.indexOf(tag, pos + tag.length());
        if (end < 0) {
            throw unterminated("dollar-quoted body " + tag, pos);
        }
        current.append(sql, pos, end + tag.length());
        pos = end + tag.length();
    }

    private boolean startsWith(String token) {
        return sql.startsWith(token, pos);
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private IllegalArgumentException unterminated(String what, int start) {
        int line = 1;
        for (int i = 0; i < start; i++) {
            if (sql.charAt(i) == '\n') {
                line++;
            }
        }
        return new IllegalArgumentException("unterminated " + what + " starting on line " + line);
    }
}
