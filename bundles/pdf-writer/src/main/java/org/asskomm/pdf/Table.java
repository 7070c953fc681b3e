package org.asskomm.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A simple table for {@link TextDocument#table(Table)}: relative column widths, an optional bold header row
 * (repeated on every page the table continues on), body rows and an optional bold total row; cells wrap.
 */
public final class Table {

    final double[] weights;
    final boolean[] rightAligned;
    String[] header;
    final List<String[]> rows = new ArrayList<>();
    String[] total;

    /** @param relativeWidths one positive weight per column; the table spans the text width. */
    public Table(double... relativeWidths) {
        if (relativeWidths.length == 0 || Arrays.stream(relativeWidths).anyMatch(w -> !(w > 0))) {
            throw new IllegalArgumentException("a table needs at least one column with a positive width");
        }
        this.weights = relativeWidths.clone();
        this.rightAligned = new boolean[relativeWidths.length];
    }

    /** Right-aligns the given columns (0-based), e.g. amounts. */
    public Table alignRight(int... columns) {
        for (int column : columns) {
            rightAligned[column] = true;
        }
        return this;
    }

    public Table header(String... cells) {
        header = checked(cells);
        return this;
    }

    public Table row(String... cells) {
        rows.add(checked(cells));
        return this;
    }

    public Table total(String... cells) {
        total = checked(cells);
        return this;
    }

    int columns() {
        return weights.length;
    }

    private String[] checked(String[] cells) {
        if (cells.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " cells, got " + cells.length);
        }
        return Arrays.stream(cells).map(c -> c == null ? "" : c).toArray(String[]::new);
    }
}
