package org.asskomm.bench.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The result table: one row per figure, as Markdown. */
public final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A figure with a same-run baseline: ratio = ours / baseline, or baseline share for throughput. */
    public void add(String figure, String ours, String baseline, String ratio, String target, Boolean met) {
        rows.add(new String[] {figure, ours, baseline, ratio, target, met == null ? "" : met ? "yes" : "**no**"});
    }

    public void note(String text) {
        notes.add(text);
    }

    public String markdown() {
        StringBuilder s = new StringBuilder();
        s.append("| figure | ours (median) | baseline (median) | ratio | target | met |\n");
        s.append("|---|---:|---:|---:|---|---|\n");
        for (String[] r : rows) {
            s.append("| ").append(String.join(" | ", r)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            s.append('\n');
            notes.forEach(n -> s.append("- ").append(n).append('\n'));
        }
        return s.toString();
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String all(List<Double> values, String format) {
        return Arrays.toString(values.stream().map(v -> String.format(format, v)).toArray());
    }
}
