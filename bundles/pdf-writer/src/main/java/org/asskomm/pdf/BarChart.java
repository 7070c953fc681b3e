package org.asskomm.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A horizontal bar chart for {@link TextDocument#chart(BarChart)}: one group of bars per row, one bar per series
 * (told apart by shades of grey and a legend), each value printed beside its bar. Values are non-negative; a
 * missing value ({@code null}) draws no bar and prints "–". The longest bar spans the free width.
 *
 * @param caption what the chart shows, printed above it
 * @param series the names of the series, in the order of each row's values
 * @param rows the groups, top to bottom
 * @param format how a value is printed, e.g. {@code "%.1f"} (German decimal comma)
 */
public record BarChart(String caption, List<String> series, List<Row> rows, String format) {

    /** One group: a label and one value per series. */
    public record Row(String label, List<Double> values) {
    }

    public BarChart {
        series = List.copyOf(series);
        rows = List.copyOf(rows);
        if (series.isEmpty() || series.size() > 4) {
            throw new IllegalArgumentException("a chart has one to four series");
        }
        for (Row row : rows) {
            if (row.values().size() != series.size()) {
                throw new IllegalArgumentException("row '" + row.label() + "' needs one value per series");
            }
            if (row.values().stream().anyMatch(v -> v != null && !(v >= 0))) {
                throw new IllegalArgumentException("row '" + row.label() + "' has a negative value");
            }
        }
    }

    /** The largest value; 1 when there is none above zero, so that an empty or all-zero chart still scales. */
    double max() {
        double max = rows.stream().flatMap(r -> r.values().stream()).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        return max > 0 ? max : 1;
    }

    /** A value as printed. */
    String label(Double value) {
        return value == null ? "–" : String.format(Locale.GERMANY, format, value);
    }
}
