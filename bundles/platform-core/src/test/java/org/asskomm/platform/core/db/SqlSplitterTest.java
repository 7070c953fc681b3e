package org.asskomm.platform.core.db;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class SqlSplitterTest {

    private static List<String> split(String sql) {
        return SqlSplitter.split(sql);
    }

    @Test
    public void splitsAtSemicolonsAnywhereInALine() {
        assertEquals(List.of("CREATE TABLE a (id INT)", "INSERT INTO a VALUES (1)", "INSERT INTO a VALUES (2)"),
                split("CREATE TABLE a (id INT);\nINSERT INTO a VALUES (1); INSERT INTO a VALUES (2);\n"));
    }

    @Test
    public void aLastStatementWithoutSemicolonCountsAndEmptyOnesDoNot() {
        assertEquals(List.of("SELECT 1", "SELECT 2"), split(";;\nSELECT 1;\n ; \nSELECT 2\n"));
        assertEquals(List.of(), split("  \n-- only a comment\n/* and another */\n"));
    }

    @Test
    public void aSemicolonInASingleQuotedStringWithDoubledQuotesIsText() {
        String insert = "INSERT INTO t (s) VALUES ('it''s; not; the end'';')";
        assertEquals(List.of(insert, "SELECT 1"), split(insert + ";\nSELECT 1;"));
    }

    @Test
    public void aStringMayRunOverSeveralLinesEndingInSemicolons() {
        String insert = "INSERT INTO t (s) VALUES ('first line;\nsecond line;\n')";
        assertEquals(List.of(insert), split(insert + ";\n"));
    }

    @Test
    public void anEscapeStringTakesBackslashEscapes() {
        String insert = "INSERT INTO t (s) VALUES (E'it\\'s; \\\\'), ('plain\\')";
        assertEquals(List.of(insert, "SELECT 1"), split(insert + ";SELECT 1"));
    }

    @Test
    public void aSemicolonInADoubleQuotedIdentifierIsPartOfTheName() {
        String create = "CREATE TABLE \"odd;name\"\"x\" (\"a;b\" INT)";
        assertEquals(List.of(create, "SELECT 1"), split(create + ";\nSELECT 1;"));
    }

    @Test
    public void lineCommentsAreDroppedAndTheirSemicolonsIgnored() {
        assertEquals(List.of("CREATE TABLE a (\n  id INT \n)", "SELECT 1"),
                split("-- header; with a semicolon\nCREATE TABLE a (\n  id INT -- the key;\n);\n-- trailer;\nSELECT 1;"));
    }

    @Test
    public void blockCommentsNestAsInPostgresqlAndSeparateTokens() {
        assertEquals(List.of("SELECT 1", "SELECT a  FROM t"),
                split("/* a; /* nested; */ still comment; */ SELECT 1;\nSELECT a/* ; */ FROM t;"));
    }

    @Test
    public void commentMarkersInsideStringsAreText() {
        String insert = "INSERT INTO t (s) VALUES ('-- not a comment; /* nor this */')";
        assertEquals(List.of(insert), split(insert + ";"));
    }

    @Test
    public void aPlpgsqlFunctionInDollarQuotesIsOneStatement() {
        String function = "CREATE FUNCTION demo_touch() RETURNS trigger AS $$\n"
                + "BEGIN\n"
                + "  -- a comment inside the body stays: it is the function's text;\n"
                + "  NEW.updated_at := now();\n"
                + "  IF NEW.note = 'x;y' THEN\n"
                + "    RAISE NOTICE 'semicolon; inside';\n"
                + "  END IF;\n"
                + "  RETURN NEW;\n"
                + "END;\n"
                + "$$ LANGUAGE plpgsql";
        String trigger = "CREATE TRIGGER demo_touch BEFORE UPDATE ON demo FOR EACH ROW EXECUTE FUNCTION demo_touch()";
        assertEquals(List.of("CREATE TABLE demo (id INT)", function, trigger),
                split("CREATE TABLE demo (id INT);\n" + function + ";\n" + trigger + ";\n"));
    }

    @Test
    public void aTaggedDollarQuoteEndsOnlyAtTheSameTag() {
        String function = "CREATE FUNCTION f() RETURNS text AS $body$\n"
                + "BEGIN\n  RETURN $$inner; $$ || $x$;$x$;\nEND;\n$body$ LANGUAGE plpgsql";
        assertEquals(List.of(function, "SELECT f()"), split(function + ";\nSELECT f();"));
    }

    @Test
    public void parametersAndDollarsInIdentifiersOpenNoQuote() {
        assertEquals(List.of("SELECT $1, a$b$ FROM t", "SELECT 2"), split("SELECT $1, a$b$ FROM t;\nSELECT 2;"));
    }

    @Test
    public void anUnterminatedQuoteOrCommentFailsNamingItsLine() {
        for (String open : List.of("'text;", "\"name;", "/* comment;", "$$ body;", "$fn$ body; $$")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> split("SELECT 1;\nSELECT " + open + "\nSELECT 2;"));
            assertTrue(e.getMessage(), e.getMessage().startsWith("unterminated ")
                    && e.getMessage().endsWith("starting on line 2"));
        }
    }

    @Test
    public void theScriptNamesItsFileWhenItCannotBeSplit() {
        SqlScript script = SqlScript.of("V3__open_string.sql", "INSERT INTO t VALUES ('x);\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, script::statements);
        assertEquals("V3__open_string.sql: unterminated string starting on line 1", e.getMessage());
    }
}
