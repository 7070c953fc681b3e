package org.asskomm.journey.api;

import java.util.List;

/** The journey of one municipality: every stage of an installed module, in order. */
public record Journey(String municipality, String name, String district, List<StageView> stages) {
}
