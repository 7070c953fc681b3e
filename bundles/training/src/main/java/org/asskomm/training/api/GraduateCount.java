package org.asskomm.training.api;

public record GraduateCount(String programmeId, String programme, int year, long graduates) {
}
