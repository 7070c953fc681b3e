package org.asskomm.transparency.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A public data set: its rows with the licence of the whole, its sources (each with its own licence) and the day its
 * figures are as of.
 */
public record Dataset<T>(String title, String licence, String licenceUrl, LocalDate asOf, List<Source> sources,
                         List<T> items) {

    /** One source of a data set. */
    public record Source(String name, String publisher, String licence, String licenceUrl) {
    }
}
