package org.asskomm.transparency.internal;

/** A layer of the public map: a journey stage with its German label, in the journey's order. */
public record StageLegend(String code, int position, String label) {
}
