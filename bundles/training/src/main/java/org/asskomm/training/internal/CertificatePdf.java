package org.asskomm.training.internal;

import java.time.format.DateTimeFormatter;

import org.asskomm.pdf.TextDocument;
import org.asskomm.training.api.Certificate;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.Person;

/** The certificate as a PDF document, with the same content as {@link CertificateHtml}. */
final class CertificatePdf {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private CertificatePdf() {
    }

    static byte[] render(Certificate certificate, Enrolment enrolment, Person person, String offerTitle,
                         String verifyPath) {
        return new TextDocument("Teilnahmebescheinigung")
                .centered("Landespräventionsrat Sachsen · Allianz Sichere Sächsische Kommunen")
                .space(36)
                .centered(person.firstName() + " " + person.lastName())
                .centered("hat erfolgreich teilgenommen an")
                .heading(offerTitle)
                .centered("abgeschlossen am " + enrolment.completedOn().format(GERMAN_DATE) + " · "
                        + enrolment.creditHours() + " Stunden")
                .space(36)
                .paragraph("Prüfcode: " + certificate.code())
                .paragraph("prüfbar unter " + verifyPath)
                .toBytes();
    }
}
