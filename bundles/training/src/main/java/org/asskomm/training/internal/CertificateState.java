package org.asskomm.training.internal;

import java.time.LocalDate;

import org.asskomm.training.api.Certificate;
import org.asskomm.training.api.EnrolmentStatus;

/**
 * An enrolment's certificate as the pipeline writes it, keyed by the enrolment (one certificate each; the
 * verification code is no UUID). {@code code} is null until issued.
 */
record CertificateState(String enrolmentId, String municipality, EnrolmentStatus status, String code,
                        LocalDate issuedOn) {

    Certificate certificate() {
        return new Certificate(code, enrolmentId, issuedOn);
    }
}
