package org.asskomm.analysis.api;

import java.util.List;
import java.util.UUID;

/** A series of a municipality, e.g. "Ordnungswidrigkeiten Lärm" or "Arbeitslosenquote", by year. */
public record IndicatorSeries(UUID id, String municipality, IndicatorKind kind, String name, String unit,
                              String source, List<IndicatorValue> values, int version) {
}
