package org.asskomm.pdf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

public class TextDocumentTest {

    private static final String LOREM = "Die Allianz Sichere Sächsische Kommunen stärkt die kommunale Prävention "
            + "durch Beratung, Schulung und gemeinsame Streifen von Kommunen und Polizei. ";

    /** The file as one char per byte, so offsets in the string are byte offsets. */
    private static String latin1(byte[] pdf) {
        return new String(pdf, StandardCharsets.ISO_8859_1);
    }

    private static byte[] sample() {
        return new TextDocument("Kostenaufstellung 2026-03")
                .heading("Anteile")
                .paragraph("Größere Übersicht für Flöha (Sachsen)")
                .table(new Table(3, 1).alignRight(1).header("Gemeinde", "Betrag EUR").row("Frankenberg/Sa.", "120.50")
                        .total("Summe", "120.50"))
                .toBytes();
    }

    @Test
    public void startsWithHeaderAndEndsWithEof() {
        String pdf = latin1(sample());
        assertTrue(pdf.startsWith("%PDF-1.4\n"));
        assertTrue(pdf.endsWith("%%EOF\n"));
    }

    @Test
    public void everyXrefOffsetPointsAtItsObject() {
        String pdf = latin1(sample());
        Matcher startxref = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(pdf);
        assertTrue(startxref.find());
        int xref = Integer.parseInt(startxref.group(1));
        assertTrue(pdf.startsWith("xref\n0 ", xref));

        Matcher header = Pattern.compile("xref\n0 (\\d+)\n").matcher(pdf);
        assertTrue(header.find(xref));
        int size = Integer.parseInt(header.group(1));
        String[] entries = pdf.substring(header.end()).split("\n");
        assertEquals("0000000000 65535 f ", entries[0]);
        for (int object = 1; object < size; object++) {
            String entry = entries[object];
            assertEquals("each entry is 20 bytes with its EOL", 19, entry.length());
            int offset = Integer.parseInt(entry.substring(0, 10));
            assertTrue("object " + object + " at " + offset, pdf.startsWith(object + " 0 obj\n", offset));
        }
        assertTrue(pdf.contains("/Size " + size + " "));
        // every object in the file is listed: no more "N 0 obj" than entries
        assertEquals(size - 1, Pattern.compile("(?m)^\\d+ 0 obj$").matcher(pdf).results().count());
    }

    @Test
    public void streamLengthsMatchTheirContent() {
        String pdf = latin1(sample());
        Matcher stream = Pattern.compile("/Length (\\d+) >>\nstream\n").matcher(pdf);
        int streams = 0;
        while (stream.find()) {
            int length = Integer.parseInt(stream.group(1));
            assertTrue(pdf.startsWith("\nendstream", stream.end() + length));
            streams++;
        }
        assertEquals(1, streams);
    }

    @Test
    public void germanTextIsEncodedAsWinAnsiBytes() {
        byte[] pdf = new TextDocument("Prüfung").paragraph("äöüÄÖÜß € „Zitat“").toBytes();
        byte[] expected = {(byte) 0xE4, (byte) 0xF6, (byte) 0xFC, (byte) 0xC4, (byte) 0xD6, (byte) 0xDC, (byte) 0xDF,
            ' ', (byte) 0x80, ' ', (byte) 0x84, 'Z', 'i', 't', 'a', 't', (byte) 0x93};
        assertTrue(indexOf(pdf, expected) > 0);
        assertTrue(latin1(pdf).contains("/BaseFont /Helvetica /Encoding /WinAnsiEncoding"));
        assertTrue(latin1(pdf).contains("/BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding"));
        // no UTF-8 sequence of ä (C3 A4) leaks into the content
        assertEquals(-1, indexOf(pdf, new byte[] {(byte) 0xC3, (byte) 0xA4}));
    }

    @Test
    public void charactersOutsideWinAnsiBecomeQuestionMarks() {
        assertEquals("Stra?e ? ok", WinAnsi.encode("Straße".replace('ß', 'ſ') + " \u4E2D ok"));
        assertEquals("Gru?", WinAnsi.encode("Gru\uD83D\uDE00")); // one surrogate pair, one '?'
    }

    @Test
    public void parenthesesAndBackslashesAreEscaped() {
        String pdf = latin1(new TextDocument("T").paragraph("a (b) c\\d").toBytes());
        assertTrue(pdf.contains("(a \\(b\\) c\\\\d) Tj"));
    }

    @Test
    public void longTextBreaksIntoNumberedPages() {
        TextDocument document = new TextDocument("Langer Bericht");
        for (int i = 0; i < 60; i++) {
            document.paragraph(LOREM.repeat(3));
        }
        Table table = new Table(1, 1).header("Nr", "Wert");
        for (int i = 0; i < 120; i++) {
            table.row("Zeile " + i, String.valueOf(i));
        }
        document.table(table);
        int pages = document.pageCount();
        assertTrue("pages: " + pages, pages >= 5);

        String pdf = latin1(document.toBytes());
        assertTrue(pdf.contains("/Count " + pages + " "));
        assertEquals(pages, Pattern.compile("/Type /Page /").matcher(pdf).results().count());
        assertTrue(pdf.contains("(Seite 1 von " + pages + ") Tj"));
        assertTrue(pdf.contains("(Seite " + pages + " von " + pages + ") Tj"));
        assertTrue(pdf.contains("(Zeile 119) Tj"));
        // the table header is repeated on the page the table continues on
        assertTrue(Pattern.compile("\\(Nr\\) Tj").matcher(pdf).results().count() >= 2);
    }

    @Test
    public void explicitPageBreakStartsANewPage() {
        TextDocument document = new TextDocument("T").paragraph("eins").pageBreak().pageBreak().paragraph("zwei");
        assertEquals(2, document.pageCount());
    }

    @Test
    public void wrapKeepsEveryLineWithinTheWidth() {
        String text = LOREM.repeat(4) + " Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen";
        List<String> lines = TextDocument.wrap(text, StandardFont.HELVETICA, 10, 120);
        assertTrue(lines.size() > 10);
        for (String line : lines) {
            assertTrue(line, StandardFont.HELVETICA.width(line, 10) <= 120);
            assertFalse(line.startsWith(" "));
        }
        // nothing lost: the words come back in order
        assertEquals(WinAnsi.encode(text).replaceAll(" +", ""), String.join("", lines).replace(" ", ""));
        assertEquals(List.of("a", "", "b"), TextDocument.wrap("a\n\nb", StandardFont.HELVETICA, 10, 100));
    }

    @Test
    public void helveticaWidthsMatchTheStandardMetrics() {
        // AFM: space 278, W 944, ä 556; bold: W 944, ß 611
        assertEquals(0.278 * 10, StandardFont.HELVETICA.width(" ", 10), 1e-9);
        assertEquals(0.944 + 0.556, StandardFont.HELVETICA.width(WinAnsi.encode("Wä"), 1), 1e-9);
        assertEquals(0.611, StandardFont.HELVETICA_BOLD.width(WinAnsi.encode("ß"), 1), 1e-9);
        assertEquals(0.556, StandardFont.HELVETICA.width(WinAnsi.encode("€"), 1), 1e-9);
    }

    @Test(expected = IllegalArgumentException.class)
    public void tableRowsMustMatchTheColumns() {
        new Table(1, 2).row("only one");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    public void aBarChartDrawsOneBarPerValueScaledToTheLargest() {
        BarChart chart = new BarChart("Häufigkeitszahl je Jahr", List.of("Gemeinde", "Sachsen"), List.of(
                new BarChart.Row("2022", java.util.Arrays.asList(2000.0, 4000.0)),
                new BarChart.Row("2023", java.util.Arrays.asList(1000.0, null))), "%.1f");
        String pdf = latin1(new TextDocument("Diagramm").chart(chart).toBytes());
        // legend squares (2) and one filled rectangle per present value (3): "w h re f"
        Matcher bars = Pattern.compile(" ([\\d.]+) 9 re f").matcher(pdf);
        List<Double> lengths = new java.util.ArrayList<>();
        while (bars.find()) {
            lengths.add(Double.parseDouble(bars.group(1)));
        }
        assertEquals(3, lengths.size());
        assertEquals("half of the largest", lengths.get(1) / 2, lengths.get(0), 0.01);
        assertEquals("a quarter of the largest", lengths.get(1) / 4, lengths.get(2), 0.01);
        assertEquals(2, pdf.split(" 8 8 re f").length - 1);
        assertTrue("values in German", pdf.contains("(4000,0)") && pdf.contains("(1000,0)"));
        assertTrue("a missing value is a dash, no bar", pdf.contains("(\u0096)"));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aChartRowNeedsOneValuePerSeries() {
        new BarChart("x", List.of("a", "b"), List.of(new BarChart.Row("r", List.of(1.0))), "%.0f");
    }

    @Test(expected = IllegalArgumentException.class)
    public void aChartRefusesNegativeValues() {
        new BarChart("x", List.of("a"), List.of(new BarChart.Row("r", List.of(-1.0))), "%.0f");
    }
}
