package org.asskomm.patrol.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.asskomm.pdf.Table;
import org.asskomm.pdf.TextDocument;
import org.asskomm.patrol.api.ChecklistItem;
import org.asskomm.patrol.api.Compound;
import org.asskomm.patrol.api.CompoundMember;
import org.asskomm.patrol.api.Incident;
import org.asskomm.patrol.api.IncidentPhoto;
import org.asskomm.patrol.api.PlaceCategory;

/** The German PDF of an incident report, through the platform's PDF writer: what, where, when, who, photos, checks. */
final class IncidentPdf {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm 'Uhr'", Locale.GERMAN);
    private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.GERMAN)
            .withZone(ZoneId.of("Europe/Berlin"));

    private IncidentPdf() {
    }

    static byte[] render(Incident incident, Compound compound, List<String> officerNames) {
        String municipality = compound.members().stream().filter(m -> m.ags().equals(incident.ags()))
                .map(CompoundMember::name).findFirst().orElse(incident.ags());
        TextDocument document = new TextDocument("Vorfallbericht")
                .paragraph(compound.name() + " – Gemeinde " + municipality)
                .heading("Was ist geschehen?").paragraph(incident.what())
                .heading("Ort und Zeit")
                .table(new Table(1, 3)
                        .row("Ort", incident.placeName() + " (" + placeType(incident.placeCategory()) + ")")
                        .row("Gemeinde", municipality)
                        .row("Zeitpunkt", WHEN.format(incident.occurredAt()))
                        .row("Dienstkräfte", String.join(", ", officerNames)));
        document.heading("Fotos");
        if (incident.photos().isEmpty()) {
            document.paragraph("Keine Fotos beigefügt.");
        } else {
            Table photos = new Table(0.4, 1.1, 1, 1.4, 3).alignRight(0, 2).header("Nr.", "Art", "Größe (KiB)",
                    "Hochgeladen", "SHA-256 (Anfang)");
            int n = 1;
            for (IncidentPhoto p : incident.photos()) {
                photos.row(String.valueOf(n++), p.mediaType().equals(PhotoCheck.PNG) ? "PNG" : "JPEG",
                        String.valueOf((p.size() + 1023) / 1024), UPLOADED.format(p.uploadedAt()),
                        p.sha256().substring(0, 16));
            }
            document.table(photos).paragraph("Die Fotos liegen dem Bericht in der Fachanwendung unverändert bei.");
        }
        document.heading("Prüfliste für " + placeType(incident.placeCategory()));
        for (ChecklistItem item : incident.checklist()) {
            document.paragraph("[ ] " + item.label());
        }
        return document.toBytes();
    }

    static String placeType(PlaceCategory category) {
        return switch (category == null ? PlaceCategory.OTHER : category) {
            case MARKET_SQUARE -> "Marktplatz";
            case PARK -> "Park";
            case PLAYGROUND -> "Spielplatz";
            case SCHOOL_ROUTE -> "Schulweg";
            case STATION -> "Bahnhof";
            case CAR_PARK -> "Parkplatz";
            case EVENT_SITE -> "Veranstaltungsort";
            case OTHER -> "sonstiger Ort";
        };
    }
}
