package org.asskomm.training.api;

public record Attendance(String sessionId, boolean attended) {
}
