package org.asskomm.patrol.api;

public record OffenceCount(String category, Integer count) {
}
