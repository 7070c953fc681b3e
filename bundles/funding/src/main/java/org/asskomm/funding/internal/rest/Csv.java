package org.asskomm.funding.internal.rest;

import org.asskomm.platform.api.csv.CsvWriter;

/** A text cell of the funding reports: the platform's CSV writer, which guards against formulas. */
final class Csv {

    private Csv() {
    }

    static String field(String value) {
        return CsvWriter.text(value);
    }
}
