package org.asskomm.training.api;

public record ModuleResultRequest(ModuleResult result, String note) {
}
