package org.asskomm.training.api;

import java.time.LocalDate;

public record ModuleProgress(String moduleId, ModuleResult result, String note, LocalDate recordedOn) {
}
