package org.asskomm.training.api;

public record ProgrammeModule(String id, int position, String title, int creditHours) {
}
