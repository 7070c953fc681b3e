package org.asskomm.training.internal;

import static org.asskomm.training.internal.TrainingEntities.CERTIFICATE;
import static org.asskomm.training.internal.TrainingEntities.LPR_ADMIN;

import java.time.LocalDate;

import org.asskomm.platform.api.CurrentUser;
import org.asskomm.platform.api.error.ConflictException;
import org.asskomm.platform.api.error.NotFoundException;
import org.asskomm.platform.api.persistence.Database;
import org.asskomm.platform.api.persistence.ModuleSchema;
import org.asskomm.platform.api.write.Writes;
import org.asskomm.training.api.Certificate;
import org.asskomm.training.api.CertificateService;
import org.asskomm.training.api.CertificateVerification;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.EnrolmentService;
import org.asskomm.training.api.EnrolmentStatus;
import org.asskomm.training.api.Person;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Certificates of completed participations: issued by LPR admins, shown to who sees the enrolment, verified by anyone. */
@Component(service = CertificateService.class)
public class CertificateRegistry implements CertificateService {

    static final String VERIFY_PATH = "/api/v1/training/certificates/";

    private final Database database;
    private final EnrolmentService enrolmentService;
    private final Writes writes;
    private final CatalogueStore catalogue = new CatalogueStore();
    private final PersonStore people = new PersonStore();
    private final EnrolmentStore enrolments = new EnrolmentStore();

    @Activate
    public CertificateRegistry(@Reference Database database,
                               @Reference(target = "(asskomm.module=training)") ModuleSchema schema,
                               @Reference EnrolmentService enrolmentService, @Reference Writes writes) {
        this.database = database;
        this.enrolmentService = enrolmentService;
        this.writes = writes;
    }

    /**
     * Issued once; a second call returns that certificate without a write. Keyed by the enrolment (audit entity id
     * and event id); the event carries the verification code as {@code code}.
     */
    @Override
    public Certificate issueCertificate(CurrentUser user, String enrolmentId) {
        user.requireLprAdmin();
        Enrolment e = enrolmentService.enrolment(user, enrolmentId);
        if (e.certificateCode() != null) {
            return database.read(c -> enrolments.certificateOf(c, enrolmentId)).orElseThrow();
        }
        return writes.update(user, CERTIFICATE, TrainingEntities.id(enrolmentId, "enrolment"), "ISSUE")
                .authorize(LPR_ADMIN)
                .check(before -> {
                    if (before.status() != EnrolmentStatus.COMPLETED) {
                        throw ConflictException.of("training.certificate.notCompleted", enrolmentId, before.status());
                    }
                    if (before.code() != null) {   // issued by a concurrent request since the look above
                        throw ConflictException.of("training.certificate.issued", enrolmentId, before.code());
                    }
                })
                .event("ISSUED", (before, after) -> TrainingPayloads.issued(after))
                .apply((c, before) -> enrolments.insertCertificate(c, CertificateCodes.next(), enrolmentId,
                        LocalDate.now()))
                .certificate();
    }

    @Override
    public String certificateHtml(CurrentUser user, String enrolmentId) {
        return render(user, enrolmentId, CertificateHtml::render);
    }

    @Override
    public byte[] certificatePdf(CurrentUser user, String enrolmentId) {
        return render(user, enrolmentId, CertificatePdf::render);
    }

    /** Loads what a certificate shows (the caller must be allowed to read the enrolment) and renders it. */
    private <T> T render(CurrentUser user, String enrolmentId, Renderer<T> renderer) {
        Enrolment e = enrolmentService.enrolment(user, enrolmentId);
        return database.read(c -> {
            Certificate certificate = enrolments.certificateOf(c, enrolmentId)
                    .orElseThrow(() -> NotFoundException.of("training.certificate.none", enrolmentId));
            Person person = people.find(c, e.personId()).orElseThrow();
            String title = catalogue.offerTitle(c, TrainingEntities.offerOf(e));
            return renderer.render(certificate, e, person, title, VERIFY_PATH + certificate.code());
        });
    }

    @FunctionalInterface
    private interface Renderer<T> {
        T render(Certificate certificate, Enrolment enrolment, Person person, String offerTitle, String verifyPath);
    }

    @Override
    public CertificateVerification verify(String code) {
        String normalised = CertificateCodes.normalise(code);
        return database.read(c -> {
            Certificate certificate = enrolments.certificate(c, normalised)
                    .orElseThrow(() -> NotFoundException.of("training.certificate.unknownCode", normalised));
            Enrolment e = enrolments.find(c, certificate.enrolmentId()).orElseThrow();
            Person person = people.find(c, e.personId()).orElseThrow();
            String initials = person.anonymised() ? null : initial(person.firstName()) + " " + initial(person.lastName());
            return new CertificateVerification(certificate.code(), true, initials,
                    catalogue.offerTitle(c, TrainingEntities.offerOf(e)), e.completedOn());
        });
    }

    private static String initial(String name) {
        return name.isBlank() ? "" : name.substring(0, name.offsetByCodePoints(0, 1)) + ".";
    }
}
