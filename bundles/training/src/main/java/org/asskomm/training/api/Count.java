package org.asskomm.training.api;

/** One row of an aggregate statistic: a key (id, AGS, district, sector), its label and the count. */
public record Count(String key, String label, long count) {
}
