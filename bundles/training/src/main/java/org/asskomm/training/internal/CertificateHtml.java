package org.asskomm.training.internal;

import java.time.format.DateTimeFormatter;

import org.asskomm.training.api.Certificate;
import org.asskomm.training.api.Enrolment;
import org.asskomm.training.api.Person;

/** The certificate as a printable HTML page (print to PDF from the browser). */
final class CertificateHtml {

    private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private CertificateHtml() {
    }

    static String render(Certificate certificate, Enrolment enrolment, Person person, String offerTitle,
                         String verifyUrl) {
        return """
                <!DOCTYPE html>
                <html lang="de"><head><meta charset="UTF-8"><title>Teilnahmebescheinigung</title>
                <style>body{font-family:serif;max-width:42em;margin:4em auto;text-align:center}
                h1{font-size:2em}.code{font-family:monospace;font-size:1.2em}@media print{a{color:black}}</style></head>
                <body>
                <p>Landespräventionsrat Sachsen &middot; Allianz Sichere Sächsische Kommunen</p>
                <h1>Teilnahmebescheinigung</h1>
                <p>%s %s</p>
                <p>hat erfolgreich teilgenommen an</p>
                <h2>%s</h2>
                <p>abgeschlossen am %s &middot; %d Stunden</p>
                <p>Prüfcode: <span class="code">%s</span><br>prüfbar unter %s</p>
                </body></html>
                """.formatted(escape(person.firstName()), escape(person.lastName()), escape(offerTitle),
                enrolment.completedOn().format(GERMAN_DATE), enrolment.creditHours(), escape(certificate.code()),
                escape(verifyUrl));
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
