package org.asskomm.analysis.api;

import java.util.List;

/**
 * The police crime statistics of a municipality beside its district's and Saxony's, as time series per offence
 * key (rows ordered by key, then year). Rates use the populations of the platform's municipal directory.
 */
public record AreaProfile(String municipality, String name, String districtKey, long municipalityPopulation,
                          long districtPopulation, long saxonyPopulation, List<ProfileRow> rows, String method) {

    public static final String METHOD = "rate = cases * 100000 / population (municipal directory), rounded to"
            + " 0.01; district = sum of the Saxon district table's row for the first five digits of the AGS;"
            + " Saxony = sum over all Saxon districts";
}
