package org.asskomm.patrol.internal.rest;

import java.math.BigDecimal;

import org.asskomm.patrol.api.CostPart;
import org.asskomm.patrol.api.CostStatement;
import org.asskomm.patrol.api.ResourceCost;
import org.asskomm.patrol.api.StatementLine;
import org.asskomm.pdf.Table;
import org.asskomm.pdf.TextDocument;
import org.asskomm.platform.api.csv.CsvWriter;

/** The monthly cost statement as CSV (for spreadsheets), printable HTML and PDF. */
final class StatementFormats {

    private StatementFormats() {
    }

    /** One row per member and resource, then one total row per member; amounts with a decimal point. */
    static String csv(CostStatement s) {
        CsvWriter out = new CsvWriter("month", "ags", "municipality", "item", "share_percent", "contracted_hours",
                "delivered_hours", "amount_eur");
        for (StatementLine line : s.municipalities()) {
            for (ResourceCost r : s.resources()) {
                BigDecimal amount = r.parts().stream().filter(p -> p.ags().equals(line.ags())).map(CostPart::amount)
                        .findFirst().orElse(BigDecimal.ZERO);
                out.row(s.month(), line.ags(), line.name(), r.name(), line.sharePercent(), null, null, amount);
            }
            out.row(s.month(), line.ags(), line.name(), "TOTAL", line.sharePercent(), line.contractedHours(),
                    line.deliveredHours(), line.amount());
        }
        return out.toString();
    }

    static String html(CostStatement s) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\">")
                .append("<title>Kostenaufstellung ").append(esc(s.compoundName())).append(' ').append(s.month())
                .append("</title><style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #999;padding:.3em .6em}td.n{text-align:right}")
                .append("@media print{body{margin:0}}</style></head><body>")
                .append("<h1>Kostenaufstellung ").append(s.month()).append("</h1><p>")
                .append(esc(s.compoundName())).append(" &ndash; Kostenschlüssel ").append(s.keyType())
                .append(s.keyValidFrom() == null ? " (Standard)" : " gültig ab " + s.keyValidFrom()).append("</p>");
        out.append("<h2>Gemeinsame Kosten</h2><table><tr><th>Ressource</th><th>Fix</th><th>km</th><th>km-Kosten</th>")
                .append("<th>Stunden</th><th>Stundenkosten</th><th>Summe EUR</th></tr>");
        for (ResourceCost r : s.resources()) {
            out.append("<tr><td>").append(esc(r.name())).append("</td>").append(num(r.fixed())).append(num(r.km()))
                    .append(num(r.kmCost())).append(num(r.hours())).append(num(r.hourCost())).append(num(r.total()))
                    .append("</tr>");
        }
        out.append("</table><h2>Anteile der Gemeinden</h2><table><tr><th>AGS</th><th>Gemeinde</th><th>Anteil %</th>")
                .append("<th>Stunden vereinbart</th><th>Stunden geleistet</th><th>Betrag EUR</th></tr>");
        for (StatementLine l : s.municipalities()) {
            out.append("<tr><td>").append(l.ags()).append("</td><td>").append(esc(l.name())).append("</td>")
                    .append(num(l.sharePercent())).append(num(l.contractedHours())).append(num(l.deliveredHours()))
                    .append(num(l.amount())).append("</tr>");
        }
        out.append("<tr><th colspan=\"5\">Summe</th>").append(num(s.total())).append("</tr></table><p><small>")
                .append(esc(s.remainderRule())).append("</small></p></body></html>\n");
        return out.toString();
    }

    /** The same content as {@link #html}: shared costs per resource, then the municipalities' shares and total. */
    static byte[] pdf(CostStatement s) {
        TextDocument document = new TextDocument("Kostenaufstellung " + s.month())
                .paragraph(s.compoundName() + " – Kostenschlüssel " + s.keyType()
                        + (s.keyValidFrom() == null ? " (Standard)" : " gültig ab " + s.keyValidFrom()));
        Table resources = new Table(2.6, 1.1, 1, 1.3, 1.1, 1.6, 1.5).alignRight(1, 2, 3, 4, 5, 6)
                .header("Ressource", "Fix", "km", "km-Kosten", "Stunden", "Stundenkosten", "Summe EUR");
        for (ResourceCost r : s.resources()) {
            resources.row(r.name(), plain(r.fixed()), plain(r.km()), plain(r.kmCost()), plain(r.hours()),
                    plain(r.hourCost()), plain(r.total()));
        }
        Table shares = new Table(1.6, 3.4, 1.2, 1.5, 1.5, 1.6).alignRight(2, 3, 4, 5)
                .header("AGS", "Gemeinde", "Anteil %", "Stunden vereinbart", "Stunden geleistet", "Betrag EUR");
        for (StatementLine l : s.municipalities()) {
            shares.row(l.ags(), l.name(), plain(l.sharePercent()), plain(l.contractedHours()),
                    plain(l.deliveredHours()), plain(l.amount()));
        }
        shares.total("Summe", "", "", "", "", plain(s.total()));
        return document.heading("Gemeinsame Kosten").table(resources)
                .heading("Anteile der Gemeinden").table(shares)
                .paragraph(s.remainderRule() == null ? "" : s.remainderRule())
                .toBytes();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String num(BigDecimal value) {
        return "<td class=\"n\">" + (value == null ? "" : value.toPlainString()) + "</td>";
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
