package org.asskomm.funding.api;

import java.util.List;

/**
 * Saves a new revision of the concept of a draft application. {@code version} is the application's version the
 * client last read (the concept is part of the application).
 */
public record ConceptRequest(Concept.Steps steps, List<Concept.Indicator> indicators, Integer version) {
}
