package org.asskomm.training.api;

import java.time.LocalDate;

public record Certificate(String code, String enrolmentId, LocalDate issuedOn) {
}
