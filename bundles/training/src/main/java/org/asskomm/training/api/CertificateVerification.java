package org.asskomm.training.api;

import java.time.LocalDate;

/** What the public verification of a certificate code reveals: initials, offer and date, nothing else. */
public record CertificateVerification(String code, boolean valid, String initials, String title,
                                      LocalDate completedOn) {
}
