package org.asskomm.analysis.api;

import java.util.List;

/**
 * A series as entered: creates it, or (same municipality, kind and name) sets the given years' values of the
 * existing one.
 */
public record IndicatorDraft(String municipality, IndicatorKind kind, String name, String unit, String source,
                             List<IndicatorValue> values) {
}
