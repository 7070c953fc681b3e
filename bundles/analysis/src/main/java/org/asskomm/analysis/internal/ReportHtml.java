package org.asskomm.analysis.internal;

import java.util.List;
import java.util.Locale;

import org.asskomm.pdf.BarChart;

/**
 * The report as one self-contained HTML page: sections with their charts as inline SVG (the same data the PDF
 * draws), each chart described for screen readers by its caption and followed by the table with the exact figures.
 */
final class ReportHtml {

    private static final int WIDTH = 640;
    private static final int LABEL = 230;
    private static final int VALUE = 60;
    private static final int BAR = 12;
    private static final String[] FILLS = {"#1f4e79", "#6f9fcf", "#b7cde3", "#e0e0e0"};

    private ReportHtml() {
    }

    static String render(String title, List<ReportRegistry.Section> sections) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append("</title><style>table{border-collapse:collapse}th,td{border:1px solid #999;"
                        + "padding:2px 6px}svg text{font:12px sans-serif}</style></head><body><h1>")
                .append(escape(title)).append("</h1>\n");
        for (ReportRegistry.Section s : sections) {
            html.append("<h2>").append(escape(s.heading())).append("</h2>\n");
            s.paragraphs().forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
            if (s.chart() != null) {
                svg(html, s.chart());
            }
            if (s.table() != null) {
                table(html, s.table());
            }
        }
        return html.append("</body></html>\n").toString();
    }

    /** A horizontal bar chart; role img with the caption as its name, the legend as text. */
    static void svg(StringBuilder html, BarChart chart) {
        int group = chart.series().size() * (BAR + 2) + 8;
        int height = 24 + chart.rows().size() * group;
        double max = chart.rows().stream().flatMap(r -> r.values().stream()).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        double scale = max > 0 ? (WIDTH - LABEL - VALUE) / max : 0;
        html.append("<figure><figcaption>").append(escape(chart.caption())).append("</figcaption>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(WIDTH)
                .append("\" height=\"").append(height).append("\" aria-label=\"").append(escape(chart.caption()))
                .append("\">");
        int x = 0;
        for (int s = 0; s < chart.series().size(); s++) {
            html.append("<rect x=\"").append(x).append("\" y=\"4\" width=\"10\" height=\"10\" fill=\"").append(FILLS[s])
                    .append("\"/><text x=\"").append(x + 14).append("\" y=\"13\">").append(escape(chart.series().get(s)))
                    .append("</text>");
            x += 24 + 8 * chart.series().get(s).length();
        }
        int y = 24;
        for (BarChart.Row row : chart.rows()) {
            html.append("<text x=\"0\" y=\"").append(y + BAR).append("\">").append(escape(row.label())).append("</text>");
            for (int s = 0; s < row.values().size(); s++) {
                Double value = row.values().get(s);
                int top = y + s * (BAR + 2);
                long length = value == null ? 0 : Math.round(value * scale);
                html.append("<rect class=\"bar\" x=\"").append(LABEL).append("\" y=\"").append(top).append("\" width=\"")
                        .append(length).append("\" height=\"").append(BAR).append("\" fill=\"").append(FILLS[s])
                        .append("\"/><text x=\"").append(LABEL + length + 4).append("\" y=\"").append(top + BAR - 2)
                        .append("\">").append(value == null ? "–" : String.format(Locale.GERMANY, chart.format(), value))
                        .append("</text>");
            }
            y += group;
        }
        html.append("</svg></figure>\n");
    }

    private static void table(StringBuilder html, List<List<String>> table) {
        html.append("<table>");
        for (int r = 0; r < table.size(); r++) {
            html.append("<tr>");
            for (String cell : table.get(r)) {
                html.append(r == 0 ? "<th>" : "<td>").append(escape(cell)).append(r == 0 ? "</th>" : "</td>");
            }
            html.append("</tr>");
        }
        html.append("</table>\n");
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
