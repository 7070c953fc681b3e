package org.asskomm.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A text document rendered as PDF 1.4 on A4 pages: a title, headings, word-wrapped paragraphs and simple tables,
 * with automatic page breaks and "page n of m" footers. Uses the standard fonts Helvetica and Helvetica-Bold in
 * WinAnsiEncoding (no embedded fonts), so German text including €, „ and “ prints; characters outside WinAnsi
 * become {@code ?}. Not thread-safe; build, then call {@link #toBytes()}.
 */
public final class TextDocument {

    static final double PAGE_WIDTH = 595.28;
    static final double PAGE_HEIGHT = 841.89;
    private static final double MARGIN = 56.7; // 2 cm
    private static final double TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final double TOP = PAGE_HEIGHT - MARGIN;
    private static final double BOTTOM = MARGIN + 14; // leaves room for the footer line
    private static final double FOOTER_BASELINE = MARGIN / 2 + 6;

    private static final double TITLE_SIZE = 18;
    private static final double HEADING_SIZE = 13;
    private static final double BODY_SIZE = 10.5;
    private static final double TABLE_SIZE = 9.5;
    private static final double FOOTER_SIZE = 8;
    private static final double LEADING = 1.3;
    private static final double CELL_PADDING = 3;

    private enum Align { LEFT, CENTER, RIGHT }

    private final String title;
    private final List<StringBuilder> pages = new ArrayList<>();
    private String pageLabel = "Seite %d von %d";
    /** Top of the free space on the current page; text baselines go below it. */
    private double cursor;

    public TextDocument(String title) {
        this.title = title == null ? "" : title;
        newPage();
        block(this.title, StandardFont.HELVETICA_BOLD, TITLE_SIZE, Align.LEFT, 0, TEXT_WIDTH);
        cursor -= 8;
    }

    /** The footer's page label, a format with the page number and the page count; default "Seite %d von %d". */
    public TextDocument pageLabel(String format) {
        this.pageLabel = format;
        return this;
    }

    public TextDocument heading(String text) {
        cursor -= 8;
        // keep a heading together with at least two lines of what follows
        ensure(HEADING_SIZE * LEADING + 2 * BODY_SIZE * LEADING);
        block(text, StandardFont.HELVETICA_BOLD, HEADING_SIZE, Align.LEFT, 0, TEXT_WIDTH);
        cursor -= 3;
        return this;
    }

    public TextDocument paragraph(String text) {
        block(text, StandardFont.HELVETICA, BODY_SIZE, Align.LEFT, 0, TEXT_WIDTH);
        cursor -= 6;
        return this;
    }

    public TextDocument centered(String text) {
        block(text, StandardFont.HELVETICA, BODY_SIZE, Align.CENTER, 0, TEXT_WIDTH);
        cursor -= 6;
        return this;
    }

    /** Vertical space in points. */
    public TextDocument space(double points) {
        cursor -= points;
        return this;
    }

    /** Continues on a new page (unless the current one is still empty). */
    public TextDocument pageBreak() {
        if (cursor < TOP) {
            newPage();
        }
        return this;
    }

    public TextDocument table(Table table) {
        double[] widths = columnWidths(table);
        cursor -= 2;
        if (table.header != null) {
            ensure(rowHeight(table.header, widths, StandardFont.HELVETICA_BOLD) + TABLE_SIZE * LEADING);
            row(table, table.header, widths, StandardFont.HELVETICA_BOLD);
            rule(0.8);
        }
        for (String[] cells : table.rows) {
            if (!fits(rowHeight(cells, widths, StandardFont.HELVETICA))) {
                newPage();
                if (table.header != null) {
                    row(table, table.header, widths, StandardFont.HELVETICA_BOLD);
                    rule(0.8);
                }
            }
            row(table, cells, widths, StandardFont.HELVETICA);
        }
        if (table.total != null) {
            ensure(rowHeight(table.total, widths, StandardFont.HELVETICA_BOLD) + 2);
            rule(0.8);
            row(table, table.total, widths, StandardFont.HELVETICA_BOLD);
        }
        cursor -= 8;
        return this;
    }

    /** A bar chart (caption, legend, bars with their values); kept on one page where it fits on one. */
    public TextDocument chart(BarChart chart) {
        double bar = 9;
        double labelWidth = TEXT_WIDTH * 0.3;
        double valueWidth = 48;
        double barsWidth = TEXT_WIDTH - labelWidth - valueWidth;
        double groupHeight = chart.series().size() * (bar + 2) + 6;
        cursor -= 4;
        ensure(3 * BODY_SIZE * LEADING + Math.min(chart.rows().size(), 12) * groupHeight);
        block(chart.caption(), StandardFont.HELVETICA_BOLD, BODY_SIZE, Align.LEFT, 0, TEXT_WIDTH);
        double x = MARGIN;
        cursor -= TABLE_SIZE * LEADING;
        for (int s = 0; s < chart.series().size(); s++) {
            page().append(shade(s)).append(" g ").append(num(x)).append(' ').append(num(cursor)).append(" 8 8 re f 0 g\n");
            String name = WinAnsi.encode(chart.series().get(s));
            text(name, StandardFont.HELVETICA, TABLE_SIZE, Align.LEFT, x + 11, TEXT_WIDTH, cursor + 1);
            x += 11 + StandardFont.HELVETICA.width(name, TABLE_SIZE) + 14;
        }
        cursor -= 6;
        double max = chart.max();
        for (BarChart.Row row : chart.rows()) {
            ensure(groupHeight);
            double top = cursor;
            String label = wrap(row.label(), StandardFont.HELVETICA, TABLE_SIZE, labelWidth - 6).get(0);
            text(label, StandardFont.HELVETICA, TABLE_SIZE, Align.LEFT, MARGIN, labelWidth - 6, top - bar);
            for (int s = 0; s < row.values().size(); s++) {
                Double value = row.values().get(s);
                double y = top - (s + 1) * (bar + 2);
                double length = value == null ? 0 : barsWidth * value / max;
                if (length > 0) {
                    page().append(shade(s)).append(" g ").append(num(MARGIN + labelWidth)).append(' ').append(num(y))
                            .append(' ').append(num(length)).append(' ').append(num(bar)).append(" re f 0 g\n");
                }
                text(WinAnsi.encode(chart.label(value)), StandardFont.HELVETICA, TABLE_SIZE - 1, Align.LEFT,
                        MARGIN + labelWidth + length + 3, valueWidth, y + 1.5);
            }
            cursor = top - groupHeight;
        }
        cursor -= 8;
        return this;
    }

    /** Grey level of a series: dark to light, distinguishable in black-and-white print. */
    private static String shade(int series) {
        return num(0.2 + 0.2 * series);
    }

    public int pageCount() {
        return pages.size();
    }

    /** The complete PDF file. */
    public byte[] toBytes() {
        List<String> contents = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            contents.add(pages.get(i) + footer(i + 1, pages.size()));
        }
        return PdfFile.write(title, contents);
    }

    // ------------------------------------------------------------------ layout

    private void newPage() {
        pages.add(new StringBuilder());
        cursor = TOP;
    }

    private StringBuilder page() {
        return pages.get(pages.size() - 1);
    }

    private boolean fits(double height) {
        return cursor - height >= BOTTOM;
    }

    private void ensure(double height) {
        if (!fits(height) && cursor < TOP) {
            newPage();
        }
    }

    /** Wrapped lines starting at the cursor, breaking pages between lines. */
    private void block(String text, StandardFont font, double size, Align align, double x, double width) {
        double lineHeight = size * LEADING;
        for (String line : wrap(text, font, size, width)) {
            ensure(lineHeight);
            cursor -= lineHeight;
            text(line, font, size, align, MARGIN + x, width, cursor + (lineHeight - size) / 2);
        }
    }

    private void text(String encoded, StandardFont font, double size, Align align, double x, double width,
                      double baseline) {
        double free = width - font.width(encoded, size);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x + free / 2;
            case RIGHT -> x + free;
        };
        page().append("BT /").append(font.resourceName).append(' ').append(num(size)).append(" Tf ")
                .append(num(left)).append(' ').append(num(baseline)).append(" Td ")
                .append(WinAnsi.literal(encoded)).append(" Tj ET\n");
    }

    private void rule(double lineWidth) {
        page().append(num(lineWidth)).append(" w ").append(num(MARGIN)).append(' ').append(num(cursor))
                .append(" m ").append(num(MARGIN + TEXT_WIDTH)).append(' ').append(num(cursor)).append(" l S\n");
    }

    private static double[] columnWidths(Table table) {
        double sum = 0;
        for (double w : table.weights) {
            sum += w;
        }
        double[] widths = new double[table.columns()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = TEXT_WIDTH * table.weights[i] / sum;
        }
        return widths;
    }

    private static double rowHeight(String[] cells, double[] widths, StandardFont font) {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, wrap(cells[i], font, TABLE_SIZE, widths[i] - 2 * CELL_PADDING).size());
        }
        return lines * TABLE_SIZE * LEADING + 2;
    }

    private void row(Table table, String[] cells, double[] widths, StandardFont font) {
        double top = cursor;
        double lineHeight = TABLE_SIZE * LEADING;
        double x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            double baseline = top - 1;
            for (String line : wrap(cells[i], font, TABLE_SIZE, widths[i] - 2 * CELL_PADDING)) {
                baseline -= lineHeight;
                text(line, font, TABLE_SIZE, table.rightAligned[i] ? Align.RIGHT : Align.LEFT, x + CELL_PADDING,
                        widths[i] - 2 * CELL_PADDING, baseline + (lineHeight - TABLE_SIZE) / 2);
            }
            x += widths[i];
        }
        cursor = top - rowHeight(cells, widths, font);
    }

    private String footer(int number, int count) {
        StringBuilder out = new StringBuilder();
        String encodedTitle = WinAnsi.encode(title);
        String label = WinAnsi.encode(String.format(Locale.ROOT, pageLabel, number, count));
        StandardFont font = StandardFont.HELVETICA;
        double labelWidth = font.width(label, FOOTER_SIZE);
        // shorten a long title so it never runs into the page label
        while (!encodedTitle.isEmpty() && font.width(encodedTitle, FOOTER_SIZE) > TEXT_WIDTH - labelWidth - 12) {
            encodedTitle = encodedTitle.substring(0, encodedTitle.length() - 1);
        }
        out.append("0.4 w ").append(num(MARGIN)).append(' ').append(num(FOOTER_BASELINE + 10)).append(" m ")
                .append(num(MARGIN + TEXT_WIDTH)).append(' ').append(num(FOOTER_BASELINE + 10)).append(" l S\n");
        appendText(out, encodedTitle, font, MARGIN);
        appendText(out, label, font, MARGIN + TEXT_WIDTH - labelWidth);
        return out.toString();
    }

    private static void appendText(StringBuilder out, String encoded, StandardFont font, double x) {
        out.append("BT /").append(font.resourceName).append(' ').append(num(FOOTER_SIZE)).append(" Tf ")
                .append(num(x)).append(' ').append(num(FOOTER_BASELINE)).append(" Td ")
                .append(WinAnsi.literal(encoded)).append(" Tj ET\n");
    }

    /** Word wrap on spaces; explicit line breaks are kept; a word longer than the width is split. */
    static List<String> wrap(String text, StandardFont font, double size, double width) {
        List<String> lines = new ArrayList<>();
        for (String hardLine : (text == null ? "" : text).split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : WinAnsi.encode(hardLine).split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.width(candidate, size) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (font.width(rest, size) > width && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && font.width(rest.substring(0, cut), size) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    static String num(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    // ------------------------------------------------------------------ file structure

    /** Objects, cross-reference table and trailer of a PDF 1.4 file. */
    private static final class PdfFile {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final List<Integer> offsets = new ArrayList<>();

        static byte[] write(String title, List<String> pageContents) {
            PdfFile file = new PdfFile();
            file.raw("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
            int pageCount = pageContents.size();
            // fixed numbers: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info, then page and content per page
            StringBuilder kids = new StringBuilder();
            for (int i = 0; i < pageCount; i++) {
                kids.append(i == 0 ? "" : " ").append(6 + 2 * i).append(" 0 R");
            }
            file.object("<< /Type /Catalog /Pages 2 0 R >>");
            file.object("<< /Type /Pages /Kids [" + kids + "] /Count " + pageCount + " >>");
            file.object(font(StandardFont.HELVETICA));
            file.object(font(StandardFont.HELVETICA_BOLD));
            file.object("<< /Title " + utf16(title) + " /Producer (ASSKomm) >>");
            for (int i = 0; i < pageCount; i++) {
                file.object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(PAGE_WIDTH) + " " + num(PAGE_HEIGHT)
                        + "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " + (7 + 2 * i) + " 0 R >>");
                String content = pageContents.get(i);
                file.object("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
            }
            int xref = file.out.size();
            StringBuilder tail = new StringBuilder("xref\n0 ").append(file.offsets.size() + 1)
                    .append("\n0000000000 65535 f \n");
            for (int offset : file.offsets) {
                tail.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
            }
            tail.append("trailer\n<< /Size ").append(file.offsets.size() + 1).append(" /Root 1 0 R /Info 5 0 R >>\n")
                    .append("startxref\n").append(xref).append("\n%%EOF\n");
            file.raw(tail.toString());
            return file.out.toByteArray();
        }

        private static String font(StandardFont font) {
            return "<< /Type /Font /Subtype /Type1 /BaseFont /" + font.baseFont + " /Encoding /WinAnsiEncoding >>";
        }

        /** A text string in UTF-16BE with byte order mark, as the document information dictionary allows. */
        private static String utf16(String text) {
            StringBuilder hex = new StringBuilder("<FEFF");
            for (char c : text.toCharArray()) {
                hex.append(String.format(Locale.ROOT, "%04X", (int) c));
            }
            return hex.append('>').toString();
        }

        private void object(String body) {
            offsets.add(out.size());
            raw(offsets.size() + " 0 obj\n" + body + "\nendobj\n");
        }

        /** Every char is one byte: content was encoded to WinAnsi before. */
        private void raw(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
            out.write(bytes, 0, bytes.length);
        }
    }
}
