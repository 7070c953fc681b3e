package org.asskomm.training.api;

import org.asskomm.platform.api.CurrentUser;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Certificates of completed participations and their public verification. Event
 * {@code org/asskomm/training/Certificate/ISSUED} (id: the enrolment, {@code code}: the verification code).
 */
@ProviderType
public interface CertificateService {

    /** Issues the certificate once; a second call returns the same certificate. LPR admins only. */
    Certificate issueCertificate(CurrentUser user, String enrolmentId);

    /** The certificate as printable HTML. */
    String certificateHtml(CurrentUser user, String enrolmentId);

    /** The same certificate as a PDF document. */
    byte[] certificatePdf(CurrentUser user, String enrolmentId);

    /** Public: confirms a code with the holder's initials, the offer and the date only. */
    CertificateVerification verify(String code);
}
