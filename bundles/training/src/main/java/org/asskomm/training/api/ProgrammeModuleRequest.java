package org.asskomm.training.api;

public record ProgrammeModuleRequest(String title, Integer creditHours) {
}
