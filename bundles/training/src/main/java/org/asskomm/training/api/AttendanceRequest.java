package org.asskomm.training.api;

public record AttendanceRequest(String sessionId, Boolean attended) {
}
